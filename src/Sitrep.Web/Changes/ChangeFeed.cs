using System.Globalization;
using System.Text;
using System.Xml;
using Sitrep.Store.Changes;

namespace Sitrep.Web.Changes;

/// <summary>
/// Changes as an Atom feed (RFC 4287), so people can follow a story, or the whole store, in any feed reader:
/// one entry per change, titled with its digest, linking to the series on the story's page.
/// </summary>
public static class ChangeFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="baseUrl">The server's address as the request named it (<c>http://host:port</c>), for absolute links.</param>
    /// <param name="selfPath">The feed's own path.</param>
    /// <param name="now">The feed's update time when it has no entries.</param>
    public static string Write(string title, string baseUrl, string selfPath, string alternatePath, IReadOnlyList<LedgerChange> changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var stringWriter = new Utf8StringWriter(text))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, baseUrl + selfPath);
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("updated", Atom, Time(changes.Count > 0 ? changes.Max(c => c.RecordedAt) : now));
            Link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            Link(xml, "alternate", baseUrl + alternatePath, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Sitrep");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "Sitrep");
            foreach (var change in changes)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, string.Create(CultureInfo.InvariantCulture, $"{baseUrl}/changes/{change.Seq}"));
                xml.WriteElementString("title", Atom, change.Digest);
                xml.WriteElementString("updated", Atom, Time(change.RecordedAt));
                Link(xml, "alternate", $"{baseUrl}/stories/{Uri.EscapeDataString(change.StoryId)}#{Uri.EscapeDataString(change.SeriesId)}", "text/html");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", change.KindName);
                xml.WriteEndElement();
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Summary(change));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    /// <summary>The story, the basis the ledger gave, and the reports that caused the change.</summary>
    public static string Summary(LedgerChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var summary = new StringBuilder();
        summary.Append(change.StoryTitle ?? change.StoryId).Append(": ").Append(change.Digest).Append(". Basis: ").Append(change.Basis).Append('.');
        if (change.Reports.Count > 0)
        {
            summary.Append(" New report").Append(change.Reports.Count == 1 ? "" : "s").Append(": ").Append(string.Join(", ", change.Reports)).Append('.');
        }

        return summary.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A string writer that says UTF-8, so the XML declaration does too.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
