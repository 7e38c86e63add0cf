using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// Numbers spelled in words: "seven", "twenty-five", "one hundred and fifty", "two dozen", "a million", "half a
/// million", "nine-month" (a duration), "five hours". "one of the" and "one another" are not amounts; "one of them" is.
/// </summary>
public sealed class SpelledNumberParser : IMentionParser
{
    private readonly NumberGrammar _grammar;
    private readonly BareNumberClassifier _classifier;

    public SpelledNumberParser(NumberGrammar grammar, BareNumberClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(classifier);
        _grammar = grammar;
        _classifier = classifier;
    }

    public Mention? TryParse(in TokenView v, int i)
    {
        if (!v[i].IsWord)
        {
            return null;
        }

        var numbers = _grammar.Numbers;
        int k = i;
        double total = 0, current = 0, largestScale = 1;
        bool any = false, article = false;

        // "a million", "a hundred", "a dozen"; "an estimated" is not a number
        if (v.IsAnyWord(k, "a", "an"))
        {
            if (k + 1 < v.End && v[k + 1].IsWord && (numbers.SpelledScaleLookup.ContainsKey(v.Span(k + 1)) || v.IsWordAt(k + 1, "dozen")))
            {
                current = 1;
                article = true;
                k++;
            }
            else
            {
                return null;
            }
        }
        else if (v.IsWordAt(k, "half") && v.IsWordAt(k + 1, "a") && k + 2 < v.End && numbers.SpelledScaleLookup.TryGetValue(v.Span(k + 2), out double halfScale))
        {
            return Finish(v, i, k + 3, halfScale / 2, halfScale);
        }

        while (k < v.End && v[k].IsWord)
        {
            if (numbers.UnitLookup.TryGetValue(v.Span(k), out int units))
            {
                if (any && current % 100 != 0 && current >= 1 && units < 10 && current % 10 != 0)
                {
                    break; // "one two" is not a number
                }

                current += units;
                any = true;
                k++;
                // twenty-five
                if (NumberGrammar.IsJoiningDash(v, k) && NumberGrammar.Glued(v, k) && NumberGrammar.Glued(v, k + 1) && k + 1 < v.End && v[k + 1].IsWord
                    && numbers.UnitLookup.TryGetValue(v.Span(k + 1), out int ones) && units >= 20 && ones < 10)
                {
                    current += ones;
                    k += 2;
                }

                continue;
            }

            if (v.IsWordAt(k, "dozen") && (any || article))
            {
                current = (current == 0 ? 1 : current) * 12;
                any = true;
                k++;
                continue;
            }

            if ((any || article) && numbers.SpelledScaleLookup.TryGetValue(v.Span(k), out double scale))
            {
                current = (current == 0 ? 1 : current) * scale;
                largestScale = Math.Max(largestScale, scale);
                if (scale >= 1000)
                {
                    total += current;
                    current = 0;
                }

                any = true;
                k++;
                continue;
            }

            if (v.IsWordAt(k, "and") && any && k + 1 < v.End && numbers.UnitLookup.ContainsKey(v.Span(k + 1)) && total + current >= 100)
            {
                k++;
                continue;
            }

            break;
        }

        return any ? Finish(v, i, k, total + current, largestScale) : null;
    }

    private Mention? Finish(in TokenView v, int i, int end, double value, double scale)
    {
        if (_grammar.ReadTail(v, i, end, value, spelled: true) is { } withTail)
        {
            return withTail with { Scale = scale };
        }

        // "one of the", "one another", "one day": not amounts; "one of them died" is.
        if (v.IsWordAt(i, "one") && end == i + 1)
        {
            if (v.IsWordAt(end, "of") && !v.IsAnyWord(end + 1, "them", "whom", "those", "these", "us"))
            {
                return null;
            }

            if (v.IsAnyWord(end, "another", "day", "time"))
            {
                return null;
            }

            // "no one was hurt", "not one person died": nobody, whatever follows.
            if (v.IsAnyWord(i - 1, "no", "not"))
            {
                return null;
            }

            // "a wrong one", "the last one", "a new one": a pronoun after a determiner and a word that describes it.
            if (v.IsAnyWord(i - 2, "a", "an", "the", "this", "that", "another", "each", "every", "any") && v[i - 1].IsWord
                && !_grammar.Numbers.StarterLookup.Contains(v.Span(i - 1)) && !_grammar.CountedNounFollows(v, end))
            {
                return null;
            }

            // "this one", "the one that": a pronoun, unless a counted noun follows ("the one child who survived").
            if (v.IsAnyWord(i - 1, "this", "that", "which", "each", "every", "any", "another", "the") && !_grammar.CountedNounFollows(v, end))
            {
                return null;
            }
        }

        var kind = scale == 1 ? _classifier.Classify(v, new BareNumber(i, end, value, Digits: false, HasSeparator: false)) : MentionKind.Count;
        return Mention.Of(v, i, end, value, kind, spelled: true, scale: scale);
    }
}
