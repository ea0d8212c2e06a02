using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DualCreationBot.Services.Applications.Forms;
using static DualCreationBot.Services.Applications.Documents.WordBlocks;

namespace DualCreationBot.Services.Applications.Documents;

/// <summary>
/// A group answer as a table: 序号 then one column per item field, one row per item. The budget
/// also gets per-year subtotal rows and a 合计 row, since reviewers check them against the notice's limits.
/// </summary>
internal static class GroupTables
{
    public static IEnumerable<OpenXmlElement> For(FormField group, JsonArray? items)
    {
        var records = items?.OfType<JsonObject>().ToList() ?? [];
        if (records.Count == 0)
        {
            return [Paragraph(DocumentStyles.Answer, DocumentTexts.Unanswered)];
        }

        var header = Row(
            group.ItemFields.Select(f => Cell(FormTexts.Label(f), bold: true, shaded: true, centered: true)).Prepend(Cell(DocumentTexts.Index, bold: true, shaded: true, centered: true)),
            header: true);
        var rows = records.Select((record, i) => Row(
            group.ItemFields.Select(f => Cell(Value(f, record[f.Id]))).Prepend(Cell((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), centered: true))));
        var totals = string.Equals(group.Id, ApplicationForms.Budget, StringComparison.Ordinal) ? BudgetTotals(group, records) : [];
        return [Table(Widths(group), rows.Prepend(header).Concat(totals))];
    }

    private static IEnumerable<string> Value(FormField field, JsonNode? value) =>
        AnswerFormat.Text(field, value) is { } text ? AnswerFormat.Lines(text) : [];

    /// <summary>One subtotal row per year option, then the grand total, the amounts in the amount column.</summary>
    private static List<TableRow> BudgetTotals(FormField budget, List<JsonObject> records)
    {
        var amountColumn = budget.ItemFields.ToList().FindIndex(f => string.Equals(f.Id, ApplicationForms.BudgetAmount, StringComparison.Ordinal));
        var year = budget.ItemFields.FirstOrDefault(f => string.Equals(f.Id, ApplicationForms.BudgetYear, StringComparison.Ordinal));
        if (amountColumn < 0)
        {
            return [];
        }

        decimal Sum(Func<JsonObject, bool> which) =>
            records.Where(which).Sum(r => AnswerFormat.TryNumber(r[ApplicationForms.BudgetAmount], out var amount) ? amount : 0);

        var rows = new List<TableRow>();
        foreach (var option in year?.Options ?? [])
        {
            var subtotal = Sum(r => r[year!.Id] is JsonValue v && v.TryGetValue<string>(out var chosen) && string.Equals(chosen, option.Value, StringComparison.Ordinal));
            rows.Add(TotalRow(FormTexts.Label(option, year!) + DocumentTexts.Subtotal, subtotal, amountColumn, budget.ItemFields.Count));
        }

        rows.Add(TotalRow(DocumentTexts.Total, Sum(_ => true), amountColumn, budget.ItemFields.Count));
        return rows;
    }

    private static TableRow TotalRow(string label, decimal amount, int amountColumn, int itemFields)
    {
        // The label spans 序号 and every column before the amount; whatever follows the amount is one empty cell.
        var cells = new List<TableCell> { Cell(label, bold: true, span: amountColumn + 1, centered: true), Cell(AnswerFormat.Number(amount), bold: true) };
        var rest = itemFields - amountColumn - 1;
        if (rest > 0)
        {
            cells.Add(Cell(string.Empty, span: rest));
        }

        return Row(cells);
    }

    /// <summary>Column weights from what each column holds: short choices and numbers narrow, long texts wide.</summary>
    private static List<int> Widths(FormField group) =>
        group.ItemFields.Select(f => f.Kind switch
        {
            FieldKind.Number or FieldKind.Choice or FieldKind.YesNo => f.Options.Count > 2 ? 8 : 4,
            FieldKind.LongText => 12,
            _ => f.MaxLength <= 100 ? 6 : 8,
        }).Prepend(3).ToList();
}
