using System.Collections;
using System.Reflection;
using Sitrep.Core;

namespace Sitrep.Testing;

/// <summary>
/// Fills every settable property of a record with a value unlike its default, by the property's type, and
/// lists the properties two records disagree on. Round-trip tests use it so that a property added to a
/// record later is checked without anyone remembering to: a type it cannot fill fails the test, saying so.
/// </summary>
public static class RecordFiller
{
    /// <summary>The settable (<c>init</c>) public instance properties of <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<PropertyInfo> Properties<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0).ToList();

    /// <summary><paramref name="start"/> with every settable property set to a non-default value of its type.</summary>
    public static T Fill<T>(T start)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(start);
        var clone = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(start, null)!;
        foreach (var property in Properties<T>())
        {
            property.SetValue(clone, ValueFor(property.PropertyType, property.Name));
        }

        return clone;
    }

    /// <summary>The names of the properties whose values differ (lists compared item by item).</summary>
    public static IReadOnlyList<string> Differences<T>(T expected, T actual) =>
        Properties<T>().Where(p => !Same(p.GetValue(expected), p.GetValue(actual))).Select(p => p.Name).ToList();

    private static bool Same(object? a, object? b) =>
        a is IEnumerable x && b is IEnumerable y && a is not string
            ? x.Cast<object?>().SequenceEqual(y.Cast<object?>())
            : Equals(a, b);

    private static object ValueFor(Type type, string name)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return name + " value \u00e9\U0001F600";
        }

        if (underlying == typeof(double))
        {
            return 1234.5 + name.Length;
        }

        if (underlying == typeof(int))
        {
            return 17 + name.Length;
        }

        if (underlying == typeof(long))
        {
            return 1L << 40;
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying.IsEnum)
        {
            var values = Enum.GetValues(underlying).Cast<object>().ToList();
            if (underlying.IsDefined(typeof(FlagsAttribute), inherit: false))
            {
                long all = values.Aggregate(0L, (acc, v) => acc | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
                return Enum.ToObject(underlying, all);
            }

            return values[^1];
        }

        if (underlying == typeof(TimePoint))
        {
            return new TimePoint(new DateTime(2023, 9, 26, 20, 15, 0), TimePrecision.Minute) { Offset = TimeSpan.FromHours(4) };
        }

        if (underlying == typeof(TextSpan))
        {
            return new TextSpan(3, 11);
        }

        if (underlying == typeof(Sitrep.Core.Places.FigurePlace))
        {
            return new Sitrep.Core.Places.FigurePlace(name + " place", "AM", "AM-SU", 39.51, 46.34, Sitrep.Core.Places.PlacePrecision.Admin1);
        }

        if (underlying == typeof(IReadOnlyList<Block>))
        {
            return new List<Block> { new(new TextSpan(0, 5), BlockRole.Title), new(new TextSpan(6, 9), BlockRole.Caption) };
        }

        if (underlying == typeof(IReadOnlyList<string>))
        {
            return new List<string> { name + " one", name + " two" };
        }

        throw new NotSupportedException(
            $"{name} is a {type.Name}, which RecordFiller cannot fill yet: teach it a non-default value of that type (and the store to keep it).");
    }
}
