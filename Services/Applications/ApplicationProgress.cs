using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Services.Applications;

public enum NextKind
{
    /// <summary>Ask <see cref="NextStep.Field"/>.</summary>
    Field,

    /// <summary>Ask item field <see cref="NextStep.ItemField"/> of item <see cref="NextStep.Index"/> of group <see cref="NextStep.Field"/>.</summary>
    ItemField,

    /// <summary>Ask whether the group (or attachment list) <see cref="NextStep.Field"/> has more items.</summary>
    More,

    /// <summary>A hard condition was answered 否: the application cannot go on unless it is changed.</summary>
    HardStop,

    /// <summary>Every field is answered.</summary>
    Complete,
}

/// <summary>Where an application stands: the first thing still to answer, in form order.</summary>
public sealed record NextStep(NextKind Kind, FormField? Field = null, int Index = 0, FormField? ItemField = null);

/// <summary>Walks a form over a project's answers: what comes next, and what is still missing.</summary>
public static class ApplicationProgress
{
    public static NextStep Next(ApplicationForm form, Project project, string? onlySection = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(project);
        foreach (var section in form.Sections.Where(s => onlySection is null || s.Id == onlySection))
        {
            foreach (var field in section.Fields)
            {
                if (NextIn(field, project) is { } step)
                {
                    return step;
                }
            }
        }

        return new NextStep(NextKind.Complete);
    }

    /// <summary>The first thing to ask within <paramref name="field"/>, or null when it is complete.</summary>
    public static NextStep? NextIn(FormField field, Project project)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(project);
        var answer = project.Answers.GetValueOrDefault(field.Id);
        switch (field.Kind)
        {
            case FieldKind.Group:
                var items = answer as JsonArray ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i] as JsonObject;
                    var missing = field.ItemFields.FirstOrDefault(f => item?[f.Id] is null);
                    if (missing is not null)
                    {
                        return new NextStep(NextKind.ItemField, field, i, missing);
                    }
                }

                if (items.Count < field.MinItems)
                {
                    return new NextStep(NextKind.ItemField, field, items.Count, field.ItemFields[0]);
                }

                return MoreUnlessClosed(field, project, items.Count);
            case FieldKind.Attachments:
                var files = (answer as JsonArray)?.Count ?? 0;
                return files < field.MinItems ? new NextStep(NextKind.Field, field, files) : MoreUnlessClosed(field, project, files);
            case FieldKind.YesNo when answer is not null:
                return field.HardCondition && !answer.GetValue<bool>() ? new NextStep(NextKind.HardStop, field) : null;
            default:
                return answer is null && field.Required ? new NextStep(NextKind.Field, field) : null;
        }
    }

    /// <summary>Labels of what is still missing, by section, for the status view and the completeness check.</summary>
    public static IReadOnlyList<string> Missing(ApplicationForm form, Project project)
    {
        ArgumentNullException.ThrowIfNull(form);
        var missing = new List<string>();
        foreach (var section in form.Sections)
        {
            foreach (var field in section.Fields)
            {
                var step = NextIn(field, project);
                if (step is not null && step.Kind != NextKind.More)
                {
                    missing.Add(FormTexts.Section(section) + "：" + FormTexts.Label(field));
                }
            }
        }

        return missing;
    }

    private static NextStep? MoreUnlessClosed(FormField field, Project project, int count) =>
        count < field.MaxItems && !project.ClosedGroups.Contains(field.Id) ? new NextStep(NextKind.More, field, count) : null;
}
