namespace Sitrep.Core.Places;

/// <summary>
/// The country an outlet publishes from, when its address or its dateline says so: a country-code domain
/// ("lemonde.fr" is FR), or a US broadcaster's call letters — a station's name of a K or a W and two or three letters,
/// as its web address ("wkrn.com", "kcra.com", "wxii12.com", "wishtv.com") or its credit in the dateline ("(WKRN)",
/// "(WWJ/AP)"). US and Canadian stations share no letters: K and W are the US's alone.
/// </summary>
internal static class OutletCountry
{
    /// <summary>How far into a report a station's credit counts as its dateline's.</summary>
    private const int DatelineReach = 1500;

    public static string? Of(Article article, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            string host = uri.Host;
            int dot = host.LastIndexOf('.');
            if (dot > 0 && host.Length - dot == 3)
            {
                string code = host[(dot + 1)..].ToUpperInvariant();
                code = code == "UK" ? "GB" : code;
                if (gazetteer.Country(code) is not null)
                {
                    return code;
                }
            }

            if (dot > 0 && IsStation(FirstLabel(host[..dot]), allowSuffix: true))
            {
                return "US";
            }
        }

        return StationCredit(article.Text) || UsPhoneNumber(article.Text) ? "US" : null;
    }

    /// <summary>
    /// A North American phone number ("call police at 205-254-1765", "(404) 577-8477"): the report is written for readers
    /// who dial it, most often in the US (Canada shares the plan but has its own provinces to name).
    /// </summary>
    private static bool UsPhoneNumber(string text)
    {
        var all = text.AsSpan();
        for (int i = all.IndexOf('-'); i >= 0 && i + 5 < all.Length; i = NextDash(all, i))
        {
            // "254-1765" with three digits and a separator before it: "205-254-1765", "(205) 254-1765", "205.254-1765".
            if (i >= 7 && Digits(all, i - 3, 3) && Digits(all, i + 1, 4) && (i + 5 == all.Length || !char.IsAsciiDigit(all[i + 5]))
                && all[i - 4] is '-' or ' ' or '.' or ')' && Digits(all, all[i - 4] == ' ' && all[i - 5] == ')' ? i - 8 : i - 7, 3))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextDash(ReadOnlySpan<char> all, int i)
    {
        int next = all[(i + 1)..].IndexOf('-');
        return next < 0 ? -1 : i + 1 + next;
    }

    private static bool Digits(ReadOnlySpan<char> all, int from, int count)
    {
        if (from < 0 || from + count > all.Length || (from > 0 && char.IsAsciiDigit(all[from - 1])))
        {
            return false;
        }

        foreach (char c in all.Slice(from, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstLabel(string host)
    {
        string h = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        int dot = h.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? h : h[..dot];
    }

    /// <summary>"wkrn", "kcra"; with <paramref name="allowSuffix"/> also "wxii12", "wishtv", "wgntv".</summary>
    private static bool IsStation(ReadOnlySpan<char> name, bool allowSuffix)
    {
        if (allowSuffix)
        {
            name = name.TrimEnd("0123456789");
            if (name.Length > 4 && name.EndsWith("tv", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^2];
            }
        }

        if (name.Length is < 3 or > 4 || char.ToUpperInvariant(name[0]) is not ('K' or 'W'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A station's credit in capitals in parentheses near the top: "(WKRN)", "(WWJ/AP)", "(KIDK-TV)".</summary>
    private static bool StationCredit(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, DatelineReach));
        int from = 0;
        while (from < head.Length)
        {
            int open = head[from..].IndexOf('(');
            if (open < 0)
            {
                return false;
            }

            open += from;
            int close = head[open..].IndexOf(')');
            if (close < 0)
            {
                return false;
            }

            var inside = head.Slice(open + 1, close - 1);
            int cut = inside.IndexOfAny('/', '-');
            var name = cut > 0 ? inside[..cut] : inside;
            if (IsUpperLetters(name) && IsStation(name, allowSuffix: false))
            {
                return true;
            }

            from = open + 1;
        }

        return false;
    }

    private static bool IsUpperLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
