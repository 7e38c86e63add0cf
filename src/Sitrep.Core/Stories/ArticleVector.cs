namespace Sitrep.Core.Stories;

/// <summary>An article's kept terms: id, weight before idf, and weight after idf (heaviest first); and the norm of the latter.</summary>
internal sealed class ArticleVector
{
    public ArticleVector((int Id, double Raw, double Weight)[] terms)
    {
        Terms = terms;
        double sum = 0;
        foreach (var t in terms)
        {
            sum += t.Weight * t.Weight;
        }

        Norm = Math.Sqrt(sum);
    }

    public (int Id, double Raw, double Weight)[] Terms { get; }

    public double Norm { get; }
}
