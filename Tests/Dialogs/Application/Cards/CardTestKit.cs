using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DualCreationBot.Dialogs.Application.Cards;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Tests.Dialogs.Application.Cards;

/// <summary>Sample projects, card inspection and submissions made the way Teams and Web Chat make them.</summary>
internal static partial class CardTestKit
{
    public static IEnumerable<(ApplicationForm Form, FormSection Section)> AllSections =>
        new[] { ApplicationForms.BenchmarkCollege, ApplicationForms.ModelBranch }.SelectMany(f => f.Sections.Select(s => (f, s)));

    public static TheoryData<ProjectType, string, bool> SectionCases()
    {
        var data = new TheoryData<ProjectType, string, bool>();
        foreach (var (form, section) in AllSections)
        {
            data.Add(form.Type, section.Id, false);
            data.Add(form.Type, section.Id, true);
        }

        return data;
    }

    public static FormSection Section(ApplicationForm form, string id) => form.Sections.Single(s => s.Id == id);

    public static JObject Card(Attachment attachment)
    {
        Assert.Equal(SectionCard.ContentType, attachment.ContentType);
        return Assert.IsType<JObject>(attachment.Content);
    }

    public static List<JObject> Inputs(JObject card) =>
        [.. card.Descendants().OfType<JObject>().Where(o => o.Value<string>("type")?.StartsWith("Input.", StringComparison.Ordinal) == true)];

    public static JObject Input(JObject card, string id) => Inputs(card).Single(i => i.Value<string>("id") == id);

    /// <summary>The field an input id stands for: the field itself, or the item field of a row of a group.</summary>
    public static (FormField Field, FormField? Group, int Row) Resolve(FormSection section, string id)
    {
        var match = ItemId().Match(id);
        if (!match.Success)
        {
            return (section.Fields.Single(f => f.Id == id && f.Kind is not (FieldKind.Group or FieldKind.Attachments)), null, 0);
        }

        var group = section.Fields.Single(f => f.Id == match.Groups["group"].Value && f.Kind == FieldKind.Group);
        var row = int.Parse(match.Groups["row"].Value, CultureInfo.InvariantCulture);
        return (group.ItemFields.Single(f => f.Id == match.Groups["field"].Value), group, row);
    }

    /// <summary>activity.Value as clients send it: the submit data plus every input's text ("" when left empty).</summary>
    public static JObject Submit(JObject card, Func<string, string?> text)
    {
        var submitted = (JObject)card["actions"]![0]!["data"]!.DeepClone();
        foreach (var input in Inputs(card))
        {
            var id = input.Value<string>("id")!;
            submitted[id] = text(id) ?? string.Empty;
        }

        return submitted;
    }

    /// <summary>A value every rule accepts (choices differ by row so result forms do not repeat).</summary>
    public static string ValidText(FormField field, int row) => field.Kind switch
    {
        FieldKind.Text when field.Pattern is not null => "0354-3985888",
        FieldKind.Text => "示例" + row.ToString(CultureInfo.InvariantCulture),
        FieldKind.LongText => "示例内容",
        FieldKind.Number => (field.Min ?? 1).ToString(CultureInfo.InvariantCulture),
        FieldKind.YesNo => "true",
        FieldKind.Choice => field.Options[row % field.Options.Count].Value,
        _ => throw new InvalidOperationException(field.Id),
    };

    public static Project Empty(ProjectType type) => new() { Id = "projects/2018/u1", Type = type };

    public static Project Sample(ProjectType type)
    {
        var form = ApplicationForms.For(type);
        var project = Empty(type);
        project.Answers["basic.secretary"] = "张三";
        project.Answers["basic.phone"] = "0354-3985888";
        project.Answers["basic.members"] = 35m;
        project.Answers[Section(form, "eligibility").Fields[0].Id] = true;
        project.Answers[Section(form, "eligibility").Fields[2].Id] = false;
        project.Answers["plan.tasks"] = new JsonArray(
            new JsonObject { ["task.content"] = "建设党员活动室", ["task.roadmap"] = "先调研后建设", ["task.timetable"] = "2019年6月", ["task.owner"] = "李四" },
            new JsonObject { ["task.content"] = "开展主题党日" });
        project.Answers["results"] = new JsonArray(new JsonObject { ["result.form"] = "brand", ["result.description"] = "“红色讲堂”品牌" });
        project.Answers[ApplicationForms.Budget] = new JsonArray(
            new JsonObject { [ApplicationForms.BudgetYear] = "1", ["budget.item"] = "图书资料", [ApplicationForms.BudgetAmount] = 1200m, ["budget.purpose"] = "购买学习用书" });
        project.Answers[ApplicationForms.Materials] = new JsonArray(
            new JsonObject { ["name"] = "工作总结.docx", ["path"] = "files/a", ["size"] = 10, ["contentType"] = "application/msword", ["sha256"] = "00" });
        return project;
    }

    public static IDisposable UiCulture(string name) => new CultureScope(CultureInfo.GetCultureInfo(name));

    [GeneratedRegex(@"^(?<group>[^\[\]]+)\[(?<row>\d+)\]\.(?<field>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemId();

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
