using System.Globalization;
using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Services.Applications;

/// <summary>
/// Rules that look beyond one answer: award or "好" ratings (at least one), each result form once,
/// and each year's budget within the funding for the project type.
/// </summary>
public static class ApplicationRules
{
    /// <summary>What is wrong with giving <paramref name="value"/> to a field (or to item <paramref name="index"/> of <paramref name="group"/>), or null.</summary>
    public static string? Check(Project project, FormField field, JsonNode? value, decimal fundingPerYear, FormField? group = null, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(field);
        if (field.AlternativeTo is { } other && IsNone(value) && IsNone(project.Answers.GetValueOrDefault(other)))
        {
            return FormTexts.Get("Problem.BothNone");
        }

        if (group is null)
        {
            return null;
        }

        var items = (project.Answers.GetValueOrDefault(group.Id) as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (group.UniqueItemField == field.Id && value is not null &&
            items.Where((_, i) => i != index).Any(item => JsonNode.DeepEquals(item[field.Id], value)))
        {
            var option = field.Options.FirstOrDefault(o => o.Value == value.GetValue<string>());
            return FormTexts.Format("Problem.DuplicateItem", option is null ? value.ToString() : FormTexts.Label(option, field));
        }

        if (field.Id == ApplicationForms.BudgetAmount && value is not null && index < items.Count + 1)
        {
            var year = index < items.Count ? items[index][ApplicationForms.BudgetYear]?.GetValue<string>() : null;
            var total = items.Where((item, i) => i != index && item[ApplicationForms.BudgetYear]?.GetValue<string>() == year)
                .Sum(item => item[ApplicationForms.BudgetAmount]?.GetValue<decimal>() ?? 0) + value.GetValue<decimal>();
            if (total > fundingPerYear)
            {
                return BudgetProblem(group, year, total, fundingPerYear);
            }
        }

        return null;
    }

    /// <summary>Budget years whose total exceeds the funding, as user-facing problems (the completeness check).</summary>
    public static IReadOnlyList<string> BudgetProblems(ApplicationForm form, Project project, decimal fundingPerYear)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(project);
        var group = form.Field(ApplicationForms.Budget)!;
        var items = (project.Answers.GetValueOrDefault(group.Id) as JsonArray ?? []).OfType<JsonObject>();
        return [.. items
            .GroupBy(item => item[ApplicationForms.BudgetYear]?.GetValue<string>())
            .Select(year => (year.Key, Total: year.Sum(item => item[ApplicationForms.BudgetAmount]?.GetValue<decimal>() ?? 0)))
            .Where(year => year.Total > fundingPerYear)
            .Select(year => BudgetProblem(group, year.Key, year.Total, fundingPerYear))];
    }

    public static decimal Total(JsonArray? budget, string? year = null) =>
        (budget ?? []).OfType<JsonObject>()
            .Where(item => year is null || item[ApplicationForms.BudgetYear]?.GetValue<string>() == year)
            .Sum(item => item[ApplicationForms.BudgetAmount]?.GetValue<decimal>() ?? 0);

    private static string BudgetProblem(FormField group, string? year, decimal total, decimal funding)
    {
        var yearField = group.ItemFields.First(f => f.Id == ApplicationForms.BudgetYear);
        var option = yearField.Options.FirstOrDefault(o => o.Value == year);
        var yearLabel = option is null ? string.Empty : FormTexts.Label(option, yearField);
        return FormTexts.Format("Problem.BudgetOverYear", yearLabel, total.ToString("N0", CultureInfo.CurrentCulture), funding.ToString("N0", CultureInfo.CurrentCulture));
    }

    private static bool IsNone(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) && FormTexts.IsNone(s);
}
