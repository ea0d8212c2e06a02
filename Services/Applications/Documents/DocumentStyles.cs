using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DualCreationBot.Services.Applications.Documents;

/// <summary>
/// Styles and page of the 申报书: 宋体 小四 body, 黑体 title and headings as Chinese official forms use,
/// A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
/// </summary>
internal static class DocumentStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Answer = "Answer";
    public const string TableText = "TableText";
    public const string Signature = "Signature";
    public const string FormTable = "FormTable";

    public const int MarginLeft = 1587;
    public const int MarginRight = 1474;

    private const string Latin = "Times New Roman";
    private const string Song = "宋体";
    private const string Hei = "黑体";
    private const string Kai = "楷体";

    public static Styles Styles() => new(
        new DocDefaults
        {
            RunPropertiesDefault = new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = Fonts(Song),
                FontSize = new FontSize { Val = "24" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "24" },
                Languages = new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" },
            }),
            ParagraphPropertiesDefault = new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto },
            }),
        },
        Paragraph(Normal, "Normal", null, new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Both } }, null, isDefault: true),
        Paragraph(Title, "Title", Normal,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "240" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            Run(Hei, 44, bold: true)),
        Paragraph(Subtitle, "Subtitle", Normal,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "360" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            Run(Kai, 32, bold: false)),
        Paragraph(Heading1, "heading 1", Normal,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "360", After = "120" },
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            Run(Hei, 32, bold: false)),
        Paragraph(Heading2, "heading 2", Normal,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "0" },
                OutlineLevel = new OutlineLevel { Val = 1 },
            },
            Run(Song, 24, bold: true)),
        Paragraph(Answer, "Answer", Normal,
            new StyleParagraphProperties { Indentation = new Indentation { FirstLine = "480", FirstLineChars = 200 } },
            null),
        Paragraph(TableText, "Table Text", Normal,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            Run(Song, 21, bold: false)),
        Paragraph(Signature, "Signature Line", Normal,
            // Kept with the next line so signatures, seal and opinion stay on one page.
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "360" } },
            null),
        Table());

    /// <summary>Single black lines around and inside every cell, as on the printed form.</summary>
    public static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });

    /// <summary>A4 portrait, with the footer of <paramref name="footerId"/> on every page.</summary>
    public static SectionProperties Page(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 2098, Right = MarginRight, Bottom = 1984, Left = MarginLeft, Header = 851, Footer = 992, Gutter = 0 });

    /// <summary>"第 N 页", centred: the pages of a printed form are counted when it is handed in.</summary>
    public static Footer Footer()
    {
        var number = new SimpleField { Instruction = " PAGE " };
        number.Append(new Run(new Text("1")));
        var paragraph = new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = TableText }, Justification = new Justification { Val = JustificationValues.Center } },
            new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }),
            number,
            new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve }));
        return new Footer(paragraph);
    }

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle(), paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style Table()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = FormTable };
        style.Append(
            new StyleName { Val = "Form Table" },
            new StyleTableProperties(
                Borders(),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })));
        return style;
    }

    private static StyleRunProperties Run(string eastAsiaFont, int halfPoints, bool bold)
    {
        var run = new StyleRunProperties { RunFonts = Fonts(eastAsiaFont) };
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }

        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        run.FontSize = new FontSize { Val = size };
        run.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
        return run;
    }

    private static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia };
}
