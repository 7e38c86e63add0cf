namespace Sitrep.Ingest;

/// <summary>A reader could not turn an input into an article. The message names the input and says why.</summary>
public sealed class IngestException : Exception
{
    public IngestException(string message) : base(message)
    {
    }

    public IngestException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
