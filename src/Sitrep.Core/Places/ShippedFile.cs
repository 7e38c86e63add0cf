using System.Buffers;
using System.Text;

namespace Sitrep.Core.Places;

/// <summary>
/// The gazetteer's files as Sitrep ships them, embedded in the assembly, as UTF-8 bytes. Where the runtime hands the
/// resource out as memory it already holds (the program's own image, mapped from disk: both the native program and the
/// JIT do), the bytes are that memory: nothing copied, nothing decoded, and only the pages a search reads are ever
/// touched. Reading the 6 MB gazetteer into a 12 MB UTF-16 string was a third of a one-report run on a machine where
/// writing fresh pages is dear.
/// </summary>
internal static class ShippedFile
{
    /// <summary>The bytes of <paramref name="file"/> (<c>gazetteer.tsv</c>, <c>districts.tsv</c>), after any byte order mark.</summary>
    public static ReadOnlyMemory<byte> Bytes(string file)
    {
        var stream = typeof(ShippedFile).Assembly.GetManifestResourceStream("Sitrep.Places." + file)
                     ?? throw new InvalidOperationException($"The gazetteer's {file} is missing from the assembly.");
        ReadOnlyMemory<byte> bytes;
        if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
        {
            bytes = new MappedMemory(mapped).Memory; // kept open: the assembly's image lives as long as the process
        }
        else
        {
            using (stream)
            {
                var copy = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
                stream.ReadExactly(copy);
                bytes = copy;
            }
        }

        return bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
    }

    /// <summary>The resource's memory, as the runtime maps it.</summary>
    private sealed unsafe class MappedMemory(UnmanagedMemoryStream stream) : MemoryManager<byte>
    {
        private readonly byte* _start = stream.PositionPointer - stream.Position;
        private readonly int _length = (int)stream.Length;

        public override Span<byte> GetSpan() => new(_start, _length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
