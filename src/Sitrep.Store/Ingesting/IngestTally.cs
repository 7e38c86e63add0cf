using Sitrep.Store;

namespace Sitrep.Store.Ingesting;

/// <summary>Counts of an ingest run, for its summary line.</summary>
public sealed class IngestTally
{
    public int New { get; private set; }

    public int NewVersions { get; private set; }

    public int Unchanged { get; private set; }

    public int Failed { get; set; }

    /// <summary>Reports ingested (new, new versions and unchanged).</summary>
    public int Done => New + NewVersions + Unchanged;

    public void Add(ArticleDisposition disposition)
    {
        switch (disposition)
        {
            case ArticleDisposition.New:
                New++;
                break;
            case ArticleDisposition.NewVersion:
                NewVersions++;
                break;
            default:
                Unchanged++;
                break;
        }
    }
}
