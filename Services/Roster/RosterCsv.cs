using System.Text;

namespace DualCreationBot.Services.Roster;

/// <summary>
/// RFC 4180 CSV as Excel writes it: comma-separated, fields quoted with '"' when they hold a comma,
/// a quote or a line break, '""' for a quote inside a quoted field.
/// </summary>
internal static class RosterCsv
{
    /// <summary>Strict UTF-8: a GBK file fails loudly instead of turning names into mojibake.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads at most <paramref name="maxRecords"/> records (one per row the user sees in Excel, even when a
    /// quoted cell spans lines). <paramref name="unclosedQuoteRecord"/> is the 1-based record whose quote never closes.
    /// </summary>
    public static List<string[]> Read(TextReader reader, int maxRecords, out bool truncated, out int? unclosedQuoteRecord)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        var recordHasContent = false;
        truncated = false;
        unclosedQuoteRecord = null;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
        }

        bool EndRecord()
        {
            EndField();
            records.Add([.. fields]);
            fields.Clear();
            recordHasContent = false;
            return records.Count < maxRecords;
        }

        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    recordHasContent = true;
                    break;
                case ',':
                    EndField();
                    recordHasContent = true;
                    break;
                case '\r' or '\n':
                    if (ch == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    if (!EndRecord())
                    {
                        truncated = reader.Peek() != -1;
                        return records;
                    }

                    break;
                default:
                    field.Append(ch);
                    atFieldStart = false;
                    recordHasContent = true;
                    break;
            }
        }

        if (quoted)
        {
            unclosedQuoteRecord = records.Count + 1;
        }

        // The line break after the last record does not start another one.
        if (recordHasContent || fields.Count > 0 || field.Length > 0)
        {
            EndRecord();
        }

        return records;
    }

    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }

        // CRLF: what Excel writes and expects.
        writer.Write("\r\n");
    }
}
