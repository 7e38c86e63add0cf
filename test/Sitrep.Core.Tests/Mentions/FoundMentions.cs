using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Xunit;

namespace Sitrep.Core.Tests.Mentions;

/// <summary>The number mentions of one sentence, each with the text it covers, from the built-in lexicons.</summary>
internal static class FoundMentions
{
    private static readonly NumberMentionFinder Finder = new(LexiconSet.Default);

    public static List<(string Quote, Mention Mention)> In(string sentence)
    {
        var tokens = StageInput.Tokens(sentence);
        return Finder.Find(sentence, tokens, 0, tokens.Count).Select(m => (sentence.Substring(m.Span.Start, m.Span.Length), m)).ToList();
    }

    /// <summary>The one mention written <paramref name="quote"/>.</summary>
    public static Mention Only(string sentence, string quote) => Assert.Single(In(sentence), m => m.Quote == quote).Mention;
}
