using System.Text.Json.Nodes;
using DualCreationBot.Dialogs.Application.Cards;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static DualCreationBot.Tests.Dialogs.Application.Cards.CardTestKit;

namespace DualCreationBot.Tests.Dialogs.Application.Cards;

/// <summary>Section cards built from both forms, and submissions read back through the form's rules.</summary>
public sealed class SectionCardTests
{
    public static TheoryData<ProjectType, string, bool> Sections => SectionCases();

    [Theory]
    [MemberData(nameof(Sections))]
    public void Card_HasAnInput_ForEveryField(ProjectType type, string sectionId, bool withAnswers)
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.For(type);
        var section = Section(form, sectionId);
        var project = withAnswers ? Sample(type) : Empty(type);

        var card = Card(SectionCard.Build(form, section, project));

        var ids = Inputs(card).Select(i => i.Value<string>("id")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var field in section.Fields)
        {
            switch (field.Kind)
            {
                case FieldKind.Group:
                    var rows = CardIds.Rows(field, (project.Answers.GetValueOrDefault(field.Id) as JsonArray)?.Count ?? 0);
                    Assert.True(rows >= 1);
                    for (var row = 0; row < rows; row++)
                    {
                        Assert.All(field.ItemFields, f => Assert.Contains(CardIds.Item(field, row, f), ids));
                    }

                    Assert.DoesNotContain(ids, id => id.StartsWith(field.Id + "[" + rows + "]", StringComparison.Ordinal));
                    break;
                case FieldKind.Attachments:
                    Assert.Contains(card.Descendants().OfType<JObject>(), o => o.Value<string>("text") == FormTexts.Get("Card.AttachmentsHint"));
                    break;
                default:
                    Assert.Contains(field.Id, ids);
                    break;
            }
        }

        foreach (var input in Inputs(card))
        {
            var (field, group, _) = Resolve(section, input.Value<string>("id")!);
            Assert.False(string.IsNullOrWhiteSpace(input.Value<string>("label")));
            Assert.Equal(FormTexts.Label(field), input.Value<string>("label"));
            Assert.False(string.IsNullOrWhiteSpace(input.Value<string>("errorMessage")));
            Assert.Equal(ExpectedType(field), input.Value<string>("type"));
            Assert.Null(input["isRequired"]);

            var choices = (input["choices"] as JArray)?.Select(c => c.Value<string>("value")).ToList();
            if (field.Kind == FieldKind.Choice)
            {
                Assert.Equal(field.Options.Select(o => o.Value), choices);
                Assert.All(input["choices"]!, c => Assert.False(string.IsNullOrWhiteSpace(c.Value<string>("title"))));
            }
            else if (field.Kind == FieldKind.YesNo)
            {
                Assert.Equal(["true", "false"], choices);
                Assert.Equal("expanded", input.Value<string>("style"));
                Assert.Equal(["是", "否"], input["choices"]!.Select(c => c.Value<string>("title")));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Card_SerializesAsAnAdaptiveCard_WithTheTitleAndTheSaveAction(ProjectType type, string sectionId, bool withAnswers)
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.For(type);
        var section = Section(form, sectionId);
        var project = withAnswers ? Sample(type) : Empty(type);

        var json = JsonConvert.SerializeObject(SectionCard.Build(form, section, project).Content);
        var card = JObject.Parse(json);

        Assert.Equal("AdaptiveCard", card.Value<string>("type"));
        Assert.Equal("1.5", card.Value<string>("version"));
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card.Value<string>("$schema"));
        Assert.Equal(FormTexts.Section(section), card["body"]![0]!.Value<string>("text"));
        var action = Assert.Single(card["actions"]!);
        Assert.Equal("Action.Submit", action.Value<string>("type"));
        Assert.Equal("保存本部分", action.Value<string>("title"));
        Assert.True(JToken.DeepEquals(new JObject { ["dialog"] = "ApplicationDialog", ["cardSection"] = sectionId, ["project"] = project.Id }, action["data"]));
    }

    [Fact]
    public void Card_PrefillsTheCurrentAnswers()
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.ModelBranch;
        var project = Sample(ProjectType.ModelBranch);

        var basic = Card(SectionCard.Build(form, Section(form, "basic"), project));
        Assert.Equal("张三", Input(basic, "basic.secretary").Value<string>("value"));
        Assert.Equal("0354-3985888", Input(basic, "basic.phone").Value<string>("value"));
        Assert.Equal(35m, Input(basic, "basic.members").Value<decimal>("value"));
        Assert.Equal(5000m, Input(basic, "basic.members").Value<decimal>("max"));
        Assert.Equal(30, Input(basic, "basic.phone").Value<int>("maxLength"));

        var eligibility = Card(SectionCard.Build(form, Section(form, "eligibility"), project));
        Assert.Equal("true", Input(eligibility, "elig.b1").Value<string>("value"));
        Assert.Equal("false", Input(eligibility, "elig.b2").Value<string>("value"));
        Assert.Null(Input(eligibility, "elig.b3")["value"]);
        Assert.True(Input(eligibility, "elig.b1.evidence").Value<bool>("isMultiline"));

        var plan = Card(SectionCard.Build(form, Section(form, "plan"), project));
        Assert.Equal("建设党员活动室", Input(plan, "plan.tasks[0].task.content").Value<string>("value"));
        Assert.Equal("李四", Input(plan, "plan.tasks[0].task.owner").Value<string>("value"));
        Assert.Equal("开展主题党日", Input(plan, "plan.tasks[1].task.content").Value<string>("value"));
        Assert.Null(Input(plan, "plan.tasks[1].task.owner")["value"]);
        Assert.Null(Input(plan, "plan.tasks[2].task.content")["value"]);
        Assert.Contains(plan.Descendants().OfType<JObject>(), o => o.Value<string>("text") == "任务 3");

        var budget = Card(SectionCard.Build(form, Section(form, "budget"), project));
        Assert.Equal("1", Input(budget, "budget[0].budget.year").Value<string>("value"));
        Assert.Equal(1200m, Input(budget, "budget[0].budget.amount").Value<decimal>("value"));

        var materials = Card(SectionCard.Build(form, Section(form, "materials"), project));
        Assert.Empty(Inputs(materials));
        Assert.Contains(materials.Descendants().OfType<JObject>(), o => o.Value<string>("text") == "工作总结.docx");
    }

    [Fact]
    public void Card_PrefillsAnswersAsStoredDocumentsHoldThem()
    {
        // Answers read back from the document store are JsonElement-backed, not the CLR values the dialog set.
        var form = ApplicationForms.ModelBranch;
        var project = Sample(ProjectType.ModelBranch);
        project.Answers = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, JsonNode?>>(System.Text.Json.JsonSerializer.Serialize(project.Answers))!;

        var basic = Card(SectionCard.Build(form, Section(form, "basic"), project));
        var eligibility = Card(SectionCard.Build(form, Section(form, "eligibility"), project));
        var budget = Card(SectionCard.Build(form, Section(form, "budget"), project));

        Assert.Equal(35, Input(basic, "basic.members").Value<int>("value"));
        Assert.Equal("0354-3985888", Input(basic, "basic.phone").Value<string>("value"));
        Assert.Equal("false", Input(eligibility, "elig.b2").Value<string>("value"));
        Assert.Equal(1200, Input(budget, "budget[0].budget.amount").Value<int>("value"));
    }

    [Fact]
    public void Card_ShowsExistingRowsAndOneMore_NeverMoreThanMaxItems()
    {
        var form = ApplicationForms.BenchmarkCollege;
        var project = Empty(ProjectType.BenchmarkCollege);
        project.Answers["results"] = new JsonArray([.. form.Field("results")!.ItemFields[0].Options.Select(o => (JsonNode)new JsonObject { ["result.form"] = o.Value })]);

        var full = Card(SectionCard.Build(form, Section(form, "results"), project));
        var blank = Card(SectionCard.Build(form, Section(form, "results"), Empty(ProjectType.BenchmarkCollege)));

        Assert.Equal(6 * 2, Inputs(full).Count);
        Assert.Equal(2, Inputs(blank).Count);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Read_OfValidValues_GivesWhatFieldRulesWouldStore(ProjectType type, string sectionId, bool withAnswers)
    {
        var form = ApplicationForms.For(type);
        var section = Section(form, sectionId);
        var project = withAnswers ? Sample(type) : Empty(type);
        var card = Card(SectionCard.Build(form, section, project));
        var submitted = Submit(card, id => ValidText(Resolve(section, id).Field, Resolve(section, id).Row));

        var reading = SectionCard.Read(form, section, project, submitted, 100_000m);

        Assert.Empty(reading.Problems);
        var expected = Inputs(card).Select(i => i.Value<string>("id")!).Select(id =>
        {
            var (field, group, row) = Resolve(section, id);
            var value = FieldRules.Check(field, ValidText(field, row)).Value!;
            return group is null ? new CardAnswer(field.Id, null, null, value) : new CardAnswer(group.Id, row, field.Id, value);
        }).ToList();
        Assert.Equal(expected.Select(Key), reading.Answers.Select(Key));
    }

    [Fact]
    public void Read_IgnoresEmptyInputsAndBlankRows_AndKeepsPartlyFilledRows()
    {
        var form = ApplicationForms.BenchmarkCollege;
        var section = Section(form, "plan");
        var project = Sample(ProjectType.BenchmarkCollege);
        var card = Card(SectionCard.Build(form, section, project));
        var submitted = Submit(card, id => id switch
        {
            "plan.goal" => "两年建成标杆",
            "plan.tasks[2].task.owner" => "王五",
            _ => null,
        });

        var reading = SectionCard.Read(form, section, project, submitted, 100_000m);

        Assert.Empty(reading.Problems);
        Assert.Equal(["plan.goal|| = \"两年建成标杆\"", "plan.tasks|2|task.owner = \"王五\""], reading.Answers.Select(Key));
    }

    [Fact]
    public void Read_PutsNewRowsAfterTheExistingItems_SkippingBlankRows()
    {
        var form = ApplicationForms.ModelBranch;
        var section = Section(form, "results");
        var project = Empty(ProjectType.ModelBranch);
        var submitted = new JObject
        {
            ["results[0].result.form"] = "",
            ["results[2].result.form"] = "platform",
            ["results[3].result.description"] = "",
        };

        var reading = SectionCard.Read(form, section, project, submitted, 5_000m);

        Assert.Equal(["results|0|result.form = \"platform\""], reading.Answers.Select(Key));
    }

    [Theory]
    [InlineData("basic.members", "很多", "Problem.NotNumber")]
    [InlineData("basic.members", "6000", "Problem.OutOfRange")]
    [InlineData("basic.members", "12.5", "Problem.NotInteger")]
    [InlineData("basic.secretary", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "Problem.TooLong")]
    [InlineData("basic.phone", "打电话给我", "basic.phone.Invalid")]
    public void Read_OfAWrongValue_NamesTheFieldAndGivesNoAnswerForIt(string fieldId, string text, string problem)
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.ModelBranch;
        var section = Section(form, "basic");
        var project = Empty(ProjectType.ModelBranch);
        var card = Card(SectionCard.Build(form, section, project));
        var submitted = Submit(card, id => id == fieldId ? text : ValidText(Resolve(section, id).Field, 0));

        var reading = SectionCard.Read(form, section, project, submitted, 5_000m);

        var reported = Assert.Single(reading.Problems);
        Assert.StartsWith("「" + FormTexts.Label(form.Field(fieldId)!) + "」", reported, StringComparison.Ordinal);
        var stem = FormTexts.Get(problem).Split('{')[0];
        Assert.Contains(stem, reported, StringComparison.Ordinal);
        Assert.DoesNotContain(reading.Answers, a => a.FieldId == fieldId);
        Assert.Equal(2, reading.Answers.Count);
    }

    [Fact]
    public void Read_OfAWrongItemValue_NamesTheItemFieldAndTheRow()
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.ModelBranch;
        var section = Section(form, "budget");
        var submitted = new JObject
        {
            ["budget[0].budget.year"] = "1",
            ["budget[0].budget.amount"] = "一千",
        };

        var reading = SectionCard.Read(form, section, Empty(ProjectType.ModelBranch), submitted, 5_000m);

        Assert.Equal(["「金额（元）」（预算项 1）" + FormTexts.Get("Problem.NotNumber")], reading.Problems);
        Assert.Equal(["budget|0|budget.year = \"1\""], reading.Answers.Select(Key));
    }

    [Fact]
    public void Read_OfTheSameResultFormTwice_RefusesTheLaterRow()
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.BenchmarkCollege;
        var section = Section(form, "results");
        var project = Sample(ProjectType.BenchmarkCollege);
        var submitted = new JObject
        {
            ["results[0].result.form"] = "method",
            ["results[0].result.description"] = "工作法",
            ["results[1].result.form"] = "brand",
            ["results[1].result.description"] = "品牌",
            ["results[2].result.form"] = "method",
        };

        var reading = SectionCard.Read(form, section, project, submitted, 100_000m);

        var reported = Assert.Single(reading.Problems);
        Assert.StartsWith("「成果形式」（成果 3）", reported, StringComparison.Ordinal);
        Assert.Contains(FormTexts.Get("result.form.method"), reported, StringComparison.Ordinal);
        Assert.Equal(
            ["results|0|result.form = \"method\"", "results|0|result.description = \"工作法\"", "results|1|result.form = \"brand\"", "results|1|result.description = \"品牌\""],
            reading.Answers.Select(Key));
    }

    [Fact]
    public void Read_OfABranchBudgetYearOverItsFunding_RefusesTheAmountThatPassesIt()
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.ModelBranch;
        var section = Section(form, "budget");
        var project = Sample(ProjectType.ModelBranch);
        var card = Card(SectionCard.Build(form, section, project));
        Assert.Equal(8, Inputs(card).Count);
        var submitted = Submit(card, id => id switch
        {
            "budget[0].budget.amount" => "1200",
            "budget[1].budget.year" => "1",
            "budget[1].budget.amount" => "4000",
            _ => Input(card, id).Value<string>("value") ?? ValidText(Resolve(section, id).Field, 0),
        });

        var reading = SectionCard.Read(form, section, project, submitted, 5_000m);

        var reported = Assert.Single(reading.Problems);
        Assert.StartsWith("「金额（元）」（预算项 2）", reported, StringComparison.Ordinal);
        Assert.Contains("5,200", reported, StringComparison.Ordinal);
        Assert.Contains("5,000", reported, StringComparison.Ordinal);
        Assert.DoesNotContain(reading.Answers, a => a.Index == 1 && a.ItemFieldId == ApplicationForms.BudgetAmount);
        Assert.Contains(reading.Answers, a => a.Index == 0 && a.ItemFieldId == ApplicationForms.BudgetAmount);
        Assert.Contains(reading.Answers, a => a.Index == 1 && a.ItemFieldId == "budget.item");
    }

    [Fact]
    public void Read_OfNoAwardAndNoRatings_IsAProblem()
    {
        using var _ = UiCulture("zh-CN");
        var form = ApplicationForms.ModelBranch;
        var section = Section(form, "eligibility");
        var submitted = new JObject { ["elig.b2.award"] = "无", ["elig.b2.ratings"] = "没有" };

        var reading = SectionCard.Read(form, section, Empty(ProjectType.ModelBranch), submitted, 5_000m);

        Assert.Equal(["「" + FormTexts.Label(form.Field("elig.b2.ratings")!) + "」" + FormTexts.Get("Problem.BothNone")], reading.Problems);
        Assert.Equal(["elig.b2.award|| = \"无\""], reading.Answers.Select(Key));
    }

    [Fact]
    public void Card_AndProblems_AreInEnglish_WhenTheUiCultureIsEnUs()
    {
        using var _ = UiCulture("en-US");
        var form = ApplicationForms.ModelBranch;
        var section = Section(form, "eligibility");
        var card = Card(SectionCard.Build(form, section, Sample(ProjectType.ModelBranch)));

        Assert.Equal(FormTexts.Section(section), card["body"]![0]!.Value<string>("text"));
        Assert.DoesNotContain(card["body"]![0]!.Value<string>("text")!, c => c >= '\u4e00' && c <= '\u9fff');
        Assert.Equal("Save this section", card["actions"]![0]!.Value<string>("title"));
        Assert.Equal(["Yes", "No"], Input(card, "elig.b1")["choices"]!.Select(c => c.Value<string>("title")));
        Assert.All(Inputs(card), i => Assert.DoesNotContain(i.Value<string>("label")!, c => c >= '\u4e00' && c <= '\u9fff'));
        var materials = Card(SectionCard.Build(form, Section(form, "materials"), Empty(ProjectType.ModelBranch)));
        Assert.Contains(materials.Descendants().OfType<JObject>(), o => o.Value<string>("text")?.StartsWith("Send supporting files", StringComparison.Ordinal) == true);

        var reading = SectionCard.Read(form, Section(form, "basic"), Empty(ProjectType.ModelBranch), new JObject { ["basic.members"] = "lots" }, 5_000m);
        Assert.Equal(["「" + FormTexts.Label(form.Field("basic.members")!) + "」Please enter a number."], reading.Problems);
    }

    private static string ExpectedType(FormField field) => field.Kind switch
    {
        FieldKind.Number => "Input.Number",
        FieldKind.YesNo or FieldKind.Choice => "Input.ChoiceSet",
        _ => "Input.Text",
    };

    private static string Key(CardAnswer answer) =>
        answer.ItemFieldId is null
            ? answer.FieldId + "|| = " + answer.Value.ToJsonString(Unescaped)
            : answer.FieldId + "|" + answer.Index + "|" + answer.ItemFieldId + " = " + answer.Value.ToJsonString(Unescaped);

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
