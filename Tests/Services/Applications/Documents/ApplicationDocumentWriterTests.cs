using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Documents;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Tests.Services.Applications.Documents;

public sealed class ApplicationDocumentWriterTests
{
    // 01:30 in Beijing on the 28th, still the 27th in UTC: the date must be read on the Beijing clock.
    private static readonly DateTimeOffset Submitted = new(2018, 9, 27, 17, 30, 0, TimeSpan.Zero);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly ApplicationDocumentWriter writer = new();

    [Theory]
    [InlineData(ProjectType.BenchmarkCollege)]
    [InlineData(ProjectType.ModelBranch)]
    public void Validates_CompleteProject(ProjectType type)
    {
        var (project, _) = Complete(type);

        using var document = Open(Write(project));

        AssertValid(document);
    }

    [Theory]
    [InlineData(ProjectType.BenchmarkCollege)]
    [InlineData(ProjectType.ModelBranch)]
    public void Writes_EveryAnswer(ProjectType type)
    {
        var (project, expected) = Complete(type);

        using var document = Open(Write(project));
        var text = FullText(document);

        Assert.NotEmpty(expected);
        Assert.All(expected, answer => Assert.Contains(answer, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ProjectType.BenchmarkCollege, "党建工作标杆学院")]
    [InlineData(ProjectType.ModelBranch, "党建工作样板支部")]
    public void Writes_TitleFactsAndSignatures(ProjectType type, string typeName)
    {
        var (project, _) = Complete(type);

        using var document = Open(Write(project));
        var paragraphs = Paragraphs(document);

        Assert.Equal("晋中学院新时代党建“双创”工作申报书", paragraphs[0]);
        Assert.Equal(typeName, paragraphs[1]);
        Assert.Contains("文学院第一党支部", paragraphs);
        Assert.Contains("2018年9月28日", paragraphs);
        Assert.Contains("党组织书记（签字）：________　　日期：________", paragraphs);
        Assert.Contains("党组织（盖章）：________", paragraphs);
        Assert.Contains("上级党组织意见：", paragraphs);
        Assert.Contains("（本申报书一式两份，报党委组织部）", paragraphs);
        Assert.Equal(type == ProjectType.ModelBranch, paragraphs.Contains("文学院党总支"));
    }

    [Theory]
    [InlineData(ProjectType.BenchmarkCollege)]
    [InlineData(ProjectType.ModelBranch)]
    public void Writes_BudgetSubtotalsAndTotal(ProjectType type)
    {
        var (project, _) = Complete(type);

        using var document = Open(Write(project));
        var rows = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .ToList();

        // Item 1 is year 1 with 1200.50, item 2 year 2 with 1300.50.
        Assert.Contains(rows, r => r.Count >= 2 && r[0] == "第一年小计" && r[1] == "1200.5");
        Assert.Contains(rows, r => r.Count >= 2 && r[0] == "第二年小计" && r[1] == "1300.5");
        Assert.Contains(rows, r => r.Count >= 2 && r[0] == "合计" && r[1] == "2501");
    }

    [Theory]
    [InlineData(ProjectType.BenchmarkCollege)]
    [InlineData(ProjectType.ModelBranch)]
    public void Validates_EmptyDraft_AndMarksItUnanswered(ProjectType type)
    {
        var project = new Project { UnitName = "文学院", Type = type };

        using var document = Open(Write(project));
        var paragraphs = Paragraphs(document);

        AssertValid(document);
        Assert.Contains("（未提交）", paragraphs);
        Assert.Contains("（未填写）", paragraphs);

        // Every field of the form shows the mark: one per field (the branch's missing 总支 adds one more).
        var marks = paragraphs.Count(p => p == "（未填写）");
        Assert.True(marks >= ApplicationForms.For(type).Fields.Count(), $"{marks} unanswered marks");
    }

    [Fact]
    public void Writes_LongTextLines_AsSeparateParagraphs()
    {
        var project = new Project { UnitName = "文学院", Type = ProjectType.BenchmarkCollege };
        project.Answers["foundation.basis"] = "第一行：支部建在系上。\r\n第二行：党员示范岗。\n\n第三行：结对帮扶。";

        using var document = Open(Write(project));
        var paragraphs = Paragraphs(document);

        Assert.Contains("第一行：支部建在系上。", paragraphs);
        Assert.Contains("第二行：党员示范岗。", paragraphs);
        Assert.Contains("第三行：结对帮扶。", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("第一行", StringComparison.Ordinal) && p.Contains("第二行", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_InChinese_AndRestoresTheUiCulture()
    {
        var (project, _) = Complete(ProjectType.BenchmarkCollege);
        var english = CultureInfo.GetCultureInfo("en-US");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = english;
        try
        {
            var output = Write(project);

            Assert.Same(english, CultureInfo.CurrentUICulture);
            using var document = Open(output);
            var paragraphs = Paragraphs(document);
            Assert.Contains("一、基本信息", paragraphs);
            Assert.Contains("党组织书记姓名", paragraphs);
            Assert.Contains("党建工作标杆学院", paragraphs);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Lays_OutA4_WithChineseFontsStylesAndPageNumbers()
    {
        var (project, _) = Complete(ProjectType.ModelBranch);

        using var document = Open(Write(project));
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var page = main.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;

        Assert.Equal(11906u, page.Width!.Value);
        Assert.Equal(16838u, page.Height!.Value);
        Assert.Equal("宋体", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        var ids = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        Assert.Contains("Normal", ids);
        Assert.Contains("Title", ids);
        Assert.Contains("Heading1", ids);
        Assert.Contains("Heading2", ids);
        Assert.Contains(styles.Elements<Style>(), s => s.Type!.Value == StyleValues.Table);
        Assert.Contains(main.FooterParts.Single().Footer!.Descendants<SimpleField>(), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_AFormOfTheOtherType()
    {
        var project = new Project { UnitName = "文学院", Type = ProjectType.ModelBranch };

        Assert.Throws<ArgumentException>(() => writer.Write(project, ApplicationForms.BenchmarkCollege, new MemoryStream()));
    }

    private MemoryStream Write(Project project)
    {
        var output = new MemoryStream();
        writer.Write(project, ApplicationForms.For(project.Type), output);
        output.Position = 0;
        return output;
    }

    private static WordprocessingDocument Open(Stream stream) => WordprocessingDocument.Open(stream, false);

    private static void AssertValid(WordprocessingDocument document)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    private static string FullText(WordprocessingDocument document) => string.Join("\n", Paragraphs(document));

    /// <summary>
    /// A project with every field of its form answered, built by walking the form definition, and the
    /// texts the document must then show (labels read in zh-CN, as the document prints them).
    /// </summary>
    private static (Project Project, List<string> Expected) Complete(ProjectType type)
    {
        var project = new Project
        {
            UnitName = "文学院第一党支部",
            ParentUnitName = type == ProjectType.ModelBranch ? "文学院党总支" : null,
            Type = type,
            Status = ProjectStatus.Submitted,
            SubmittedAt = Submitted,
        };
        var expected = new List<string> { "文学院第一党支部", string.Empty, "2018年9月28日", "2501" };
        WithChinese(() =>
        {
            expected[1] = FormTexts.ProjectType(type);
            foreach (var field in ApplicationForms.For(type).Fields)
            {
                project.Answers[field.Id] = field.Kind switch
                {
                    FieldKind.Group => Group(field, expected),
                    FieldKind.Attachments => Attachments(expected),
                    _ => Answer(field, field.Id, 0, expected),
                };
            }
        });
        return (project, expected);
    }

    private static JsonArray Group(FormField group, List<string> expected)
    {
        var items = new JsonArray();
        for (var i = 0; i < 2; i++)
        {
            var item = new JsonObject();
            foreach (var field in group.ItemFields)
            {
                item[field.Id] = Answer(field, $"{group.Id}-{field.Id}-{i + 1}", i, expected);
            }

            items.Add(item);
        }

        return items;
    }

    private static JsonNode Answer(FormField field, string name, int index, List<string> expected)
    {
        switch (field.Kind)
        {
            case FieldKind.Number:
                var number = field.WholeNumber ? 35m + index : 1200.50m + (100 * index);
                expected.Add(number.ToString("0.##", CultureInfo.InvariantCulture));
                return JsonValue.Create(number);
            case FieldKind.YesNo:
                expected.Add("是");
                return JsonValue.Create(true);
            case FieldKind.Choice:
                var option = field.Options[index % field.Options.Count];
                expected.Add(FormTexts.Label(option, field));
                return JsonValue.Create(option.Value);
            case FieldKind.LongText:
                expected.Add($"答案-{name}-第一段");
                expected.Add($"答案-{name}-第二段");
                return JsonValue.Create($"答案-{name}-第一段\n答案-{name}-第二段");
            default:
                expected.Add($"答案-{name}-文学院");
                return JsonValue.Create($"答案-{name}-文学院");
        }
    }

    private static JsonArray Attachments(List<string> expected)
    {
        StoredAttachment[] files =
        [
            new("总结.pdf", "files/1/总结.pdf", 120 * 1024, "application/pdf", "aa"),
            new("活动照片.zip", "files/1/活动照片.zip", (long)(3.5 * 1024 * 1024), "application/zip", "bb"),
        ];
        expected.Add("1. 总结.pdf（120 KB）");
        expected.Add("2. 活动照片.zip（3.5 MB）");
        return new JsonArray(files.Select(f => JsonSerializer.SerializeToNode(f, Web)).ToArray());
    }

    private static void WithChinese(Action action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
