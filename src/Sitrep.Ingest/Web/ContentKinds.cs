namespace Sitrep.Ingest.Web;

/// <summary>Kinds of response body a caller can use.</summary>
[Flags]
public enum ContentKinds
{
    None = 0,
    /// <summary><c>text/html</c>, <c>application/xhtml+xml</c>.</summary>
    Html = 1,
    /// <summary>RSS, Atom, RDF or generic XML.</summary>
    Feed = 2,
    /// <summary><c>text/plain</c>.</summary>
    PlainText = 4,
    /// <summary><c>application/pdf</c>.</summary>
    Pdf = 8,
    Page = Html | PlainText | Pdf,
    Any = Html | Feed | PlainText | Pdf,
}
