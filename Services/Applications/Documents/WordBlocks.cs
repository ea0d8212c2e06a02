using DocumentFormat.OpenXml.Wordprocessing;

namespace DualCreationBot.Services.Applications.Documents;

/// <summary>
/// The few WordprocessingML shapes the 申报书 is made of. Properties are set through the SDK's typed
/// setters, which keep children in schema order, so the output validates.
/// </summary>
internal static class WordBlocks
{
    /// <summary>Width of the text block on A4 with the page margins of <see cref="DocumentStyles.Page"/>, in twips.</summary>
    public const int TextWidth = 11906 - DocumentStyles.MarginLeft - DocumentStyles.MarginRight;

    public static Paragraph Paragraph(string styleId, string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() };
        }

        run.Append(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return new Paragraph(run) { ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } } };
    }

    /// <summary>A full-width bordered table; <paramref name="widths"/> are relative column weights.</summary>
    public static Table Table(IReadOnlyList<int> widths, IEnumerable<TableRow> rows)
    {
        var twips = Twips(widths);
        var table = new Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = DocumentStyles.FormTable },
                TableWidth = new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString(Invariant) },
                TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },

                // Repeated here although the table style has them: not every reader applies table styles.
                TableBorders = DocumentStyles.Borders(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString(Invariant) })));
        foreach (var row in rows)
        {
            table.Append(row);
        }

        // Cell widths must agree with the grid for Word's fixed layout.
        foreach (var row in table.Elements<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var width = twips.Skip(column).Take(span).Sum();
                cell.TableCellProperties!.TableCellWidth = new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(Invariant) };
                column += span;
            }
        }

        return table;
    }

    public static TableRow Row(IEnumerable<TableCell> cells, bool header = false)
    {
        var row = new TableRow();
        if (header)
        {
            // A long table prints its column names again on each page.
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        row.Append(cells);
        return row;
    }

    /// <summary>A cell holding one paragraph per line (a cell must hold at least one paragraph).</summary>
    public static TableCell Cell(IEnumerable<string> lines, bool bold = false, int span = 1, bool shaded = false, bool centered = false)
    {
        var properties = new TableCellProperties { TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center } };
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        if (shaded)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" };
        }

        var cell = new TableCell(properties);
        var paragraphs = lines.Select(line => Paragraph(DocumentStyles.TableText, line, bold)).ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(Paragraph(DocumentStyles.TableText, string.Empty));
        }

        foreach (var paragraph in paragraphs)
        {
            if (centered)
            {
                paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
            }

            cell.Append(paragraph);
        }

        return cell;
    }

    public static TableCell Cell(string text, bool bold = false, int span = 1, bool shaded = false, bool centered = false) =>
        Cell([text], bold, span, shaded, centered);

    private static List<int> Twips(IReadOnlyList<int> weights)
    {
        var sum = weights.Sum();
        var twips = weights.Select(w => TextWidth * w / sum).ToList();

        // Rounding leftovers go to the last column so the grid fills the text block exactly.
        twips[^1] += TextWidth - twips.Sum();
        return twips;
    }

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;
}
