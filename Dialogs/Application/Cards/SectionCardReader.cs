using System.Globalization;
using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Application.Cards;

/// <summary>Reads a section card's submission: field rules per input, then cross-field rules over the result.</summary>
internal static class SectionCardReader
{
    public static CardReading Read(FormSection section, Project project, JObject submitted, decimal fundingPerYear)
    {
        var reading = new Reading();
        foreach (var field in section.Fields)
        {
            if (field.Kind == FieldKind.Group)
            {
                ReadGroup(reading, field, project, submitted);
            }
            else if (field.Kind != FieldKind.Attachments)
            {
                reading.Check(field, null, 0, null, Raw(submitted, field.Id));
            }
        }

        var accepted = CrossCheck(reading, project, fundingPerYear);
        return new CardReading(
            [.. Compact(accepted, project).Select(e => new CardAnswer(e.Group?.Id ?? e.Field.Id, e.Group is null ? null : e.Index, e.Group is null ? null : e.Field.Id, e.Value))],
            [.. reading.Problems.OrderBy(p => p.Order).Select(p => p.Text)]);
    }

    private static void ReadGroup(Reading reading, FormField group, Project project, JObject submitted)
    {
        var existing = Items(project.Answers, group).Count;
        var next = existing;
        for (var row = 0; row < group.MaxItems; row++)
        {
            var raws = group.ItemFields.Select(f => (Field: f, Raw: Raw(submitted, CardIds.Item(group, row, f)))).ToList();

            // A blank row is the spare one the card offers for adding an item, or a row the person left alone.
            if (raws.All(r => r.Raw is null))
            {
                continue;
            }

            // New rows go after the existing items, in card order, whatever blank rows lie between them.
            var index = row < existing ? row : next;
            var valid = raws.Count(r => reading.Check(r.Field, group, row, index, r.Raw));
            if (row >= existing && valid > 0)
            {
                next++;
            }
        }
    }

    /// <summary>
    /// Applies every valid answer to a copy of the answers, then checks each against that outcome, last first:
    /// of two clashing answers (a result form twice, a year over budget) the later one is refused and undone.
    /// </summary>
    private static List<Entry> CrossCheck(Reading reading, Project project, decimal fundingPerYear)
    {
        var after = new Project { Id = project.Id, Type = project.Type, Answers = Copy(project.Answers) };
        foreach (var entry in reading.Entries)
        {
            Set(after.Answers, entry, entry.Value.DeepClone());
        }

        var refused = new HashSet<Entry>();
        foreach (var entry in Enumerable.Reverse(reading.Entries))
        {
            if (ApplicationRules.Check(after, entry.Field, entry.Value, fundingPerYear, entry.Group, entry.Index) is { } problem)
            {
                reading.Problems.Add((entry.Order, Describe(entry.Field, entry.Group, entry.Row, problem)));
                Set(after.Answers, entry, Original(project.Answers, entry)?.DeepClone());
                refused.Add(entry);
            }
        }

        return [.. reading.Entries.Where(e => !refused.Contains(e))];
    }

    /// <summary>Renumbers new items so that one whose every answer was refused leaves no gap.</summary>
    private static IEnumerable<Entry> Compact(List<Entry> accepted, Project project)
    {
        foreach (var byGroup in accepted.GroupBy(e => e.Group))
        {
            if (byGroup.Key is not { } group)
            {
                foreach (var entry in byGroup)
                {
                    yield return entry;
                }

                continue;
            }

            var existing = Items(project.Answers, group).Count;
            var added = byGroup.Where(e => e.Index >= existing).Select(e => e.Index).Distinct().Order().ToList();
            foreach (var entry in byGroup)
            {
                yield return entry.Index < existing ? entry : entry with { Index = existing + added.IndexOf(entry.Index) };
            }
        }
    }

    private static string Describe(FormField field, FormField? group, int row, string problem) =>
        group is null
            ? "「" + FormTexts.Label(field) + "」" + problem
            : "「" + FormTexts.Label(field) + "」（" + CardIds.RowName(group, row) + "）" + problem;

    /// <summary>What was typed or chosen, or null when nothing was: clients send strings, some send numbers or booleans.</summary>
    private static string? Raw(JObject submitted, string id)
    {
        var text = submitted[id] is JValue { Value: { } value } ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static JsonArray Items(Dictionary<string, JsonNode?> answers, FormField group) => answers.GetValueOrDefault(group.Id) as JsonArray ?? [];

    private static JsonNode? Original(Dictionary<string, JsonNode?> answers, Entry entry) =>
        entry.Group is null
            ? answers.GetValueOrDefault(entry.Field.Id)
            : Items(answers, entry.Group).ElementAtOrDefault(entry.Index)?[entry.Field.Id];

    private static void Set(Dictionary<string, JsonNode?> answers, Entry entry, JsonNode? value)
    {
        if (entry.Group is null)
        {
            if (value is null)
            {
                answers.Remove(entry.Field.Id);
            }
            else
            {
                answers[entry.Field.Id] = value;
            }

            return;
        }

        if (answers.GetValueOrDefault(entry.Group.Id) is not JsonArray items)
        {
            items = [];
            answers[entry.Group.Id] = items;
        }

        while (items.Count <= entry.Index)
        {
            items.Add(new JsonObject());
        }

        if (items[entry.Index] is not JsonObject item)
        {
            item = [];
            items[entry.Index] = item;
        }

        if (value is null)
        {
            item.Remove(entry.Field.Id);
        }
        else
        {
            item[entry.Field.Id] = value;
        }
    }

    private static Dictionary<string, JsonNode?> Copy(Dictionary<string, JsonNode?> answers) =>
        answers.ToDictionary(a => a.Key, a => a.Value?.DeepClone(), StringComparer.Ordinal);

    /// <summary>A valid answer: <see cref="Row"/> is where the card showed it, <see cref="Index"/> the item it fills.</summary>
    private sealed record Entry(int Order, FormField Field, FormField? Group, int Row, int Index, JsonNode Value);

    private sealed class Reading
    {
        public List<Entry> Entries { get; } = [];

        public List<(int Order, string Text)> Problems { get; } = [];

        /// <summary>Checks one input; true when it gave a valid answer.</summary>
        public bool Check(FormField field, FormField? group, int row, int? index, string? raw)
        {
            var order = Entries.Count + Problems.Count;
            if (raw is null)
            {
                return false;
            }

            var check = FieldRules.Check(field, raw);
            if (check.Value is { } value && check.Ok)
            {
                Entries.Add(new Entry(order, field, group, row, index ?? 0, value));
                return true;
            }

            Problems.Add((order, Describe(field, group, row, check.Problem ?? string.Empty)));
            return false;
        }
    }
}
