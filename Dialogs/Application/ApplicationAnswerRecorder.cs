using System.Text.Json.Nodes;
using DualCreationBot.Dialogs.Application.Cards;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Roster;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Application;

/// <summary>
/// Turns what the user gave (typed text, a choice, files, a card) into checked answers and saves
/// them to the draft at once, through the same field and cross-field rules everywhere.
/// </summary>
public sealed class ApplicationAnswerRecorder(IApplicationService applications, IFileIntake files)
{
    /// <summary>Checks and saves the answer to what <paramref name="state"/> says was asked; returns the problem to tell the user, or null.</summary>
    public async Task<string?> RecordAsync(ITurnContext turnContext, Person person, ApplicationState state, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var projectId = state.Options.ProjectId!;
        var project = await applications.GetAsync(person, projectId, cancellationToken).ConfigureAwait(false) ?? throw new ProjectAccessException(projectId);
        var form = ApplicationForms.For(project.Type);
        var field = form.Field(state.FieldId!)!;
        var itemField = state.ItemFieldId is null ? null : field.ItemFields.First(f => f.Id == state.ItemFieldId);
        var asked = itemField ?? field;

        if (asked.Kind == FieldKind.Attachments)
        {
            await SaveFilesAsync(turnContext, person, project, asked, (IReadOnlyList<Attachment>)result!, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var check = asked.Kind switch
        {
            FieldKind.YesNo => FieldCheck.Valid(JsonValue.Create((bool)result!)),
            FieldKind.Choice => FieldCheck.Valid(JsonValue.Create(((Choice)result!).Value)),
            _ => FieldRules.Check(asked, result as string),
        };
        var funding = await applications.FundingPerYearAsync(project.Type, cancellationToken).ConfigureAwait(false);
        var problem = check.Problem ?? ApplicationRules.Check(project, asked, check.Value, funding, itemField is null ? null : field, state.Index);
        if (problem is not null)
        {
            return problem;
        }

        await applications.ChangeAsync(person, projectId, p => p.Answer(field.Id, check.Value!, itemField is null ? null : state.Index, itemField?.Id), cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>"More?" answered: yes opens a new empty item (groups), no closes the list.</summary>
    public Task MoreAsync(Person person, string projectId, string fieldId, bool more, CancellationToken cancellationToken) =>
        applications.ChangeAsync(
            person,
            projectId,
            p =>
            {
                if (!more)
                {
                    p.ClosedGroups.Add(fieldId);
                }
                else if (p.Answers.GetValueOrDefault(fieldId) is JsonArray && fieldId != ApplicationForms.Materials)
                {
                    p.AddItem(fieldId);
                }
            },
            cancellationToken);

    /// <summary>Clears a field so it is asked again (a changed hard condition, a group to redo), or just reopens a group for more items.</summary>
    public Task ClearAsync(Person person, string projectId, string fieldId, bool clear, CancellationToken cancellationToken) =>
        applications.ChangeAsync(
            person,
            projectId,
            p =>
            {
                if (clear)
                {
                    p.Clear(fieldId);
                }
                else
                {
                    p.ClosedGroups.Remove(fieldId);
                }
            },
            cancellationToken);

    /// <summary>Saves the valid answers of a submitted section card and tells the user what was saved and what was wrong.</summary>
    public async Task<Project> SaveCardAsync(ITurnContext turnContext, Person person, Project project, ApplicationForm form, JObject submitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submitted);
        var section = form.Sections.FirstOrDefault(s => s.Id == submitted["cardSection"]?.Value<string>());
        if (section is null)
        {
            return project;
        }

        var funding = await applications.FundingPerYearAsync(project.Type, cancellationToken).ConfigureAwait(false);
        var reading = SectionCard.Read(form, section, project, submitted, funding);
        if (reading.Answers.Count > 0)
        {
            project = await applications.ChangeAsync(
                person,
                project.Id,
                p =>
                {
                    foreach (var answer in reading.Answers)
                    {
                        p.Answer(answer.FieldId, answer.Value, answer.Index, answer.ItemFieldId);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }

        var text = Strings.Format(nameof(Strings.CardSaved), reading.Answers.Count);
        if (reading.Problems.Count > 0)
        {
            text += "\n" + Strings.Format(nameof(Strings.CardProblems), string.Join("\n", reading.Problems));
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        return project;
    }

    private async Task SaveFilesAsync(ITurnContext turnContext, Person person, Project project, FormField field, IReadOnlyList<Attachment> attachments, CancellationToken cancellationToken)
    {
        var folder = $"projects/{project.CampaignId}/{project.UnitId}/{field.Id}".Replace(' ', '-');
        foreach (var attachment in attachments)
        {
            var reply = Strings.Format(nameof(Strings.FileRejected), attachment.Name ?? string.Empty, Strings.FileUnreachable);
            if (AttachmentSource.Of(attachment) is { } source)
            {
                var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["project"] = project.Id,
                    ["field"] = field.Id,
                    ["uploader"] = person.Id,
                };
                var stored = await files.StoreAsync(new IncomingFile(attachment.Name ?? "file", attachment.ContentType, source), folder, metadata, cancellationToken).ConfigureAwait(false);
                reply = stored.Succeeded ? Strings.Format(nameof(Strings.FileSaved), stored.Name, DualCreationBot.Dialogs.Deliverables.DeliverableWords.Size(stored.Size)) : Strings.Format(nameof(Strings.FileRejected), stored.Name, Problem(stored.Problem));
                if (stored.Succeeded)
                {
                    var file = new StoredAttachment(stored.Name, stored.Path, stored.Size, stored.ContentType, stored.Sha256);
                    await applications.ChangeAsync(person, project.Id, p => p.AddFile(field.Id, file), cancellationToken).ConfigureAwait(false);
                }
            }

            await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Problem(IntakeProblem problem) => problem switch
    {
        IntakeProblem.TooLarge => Strings.Format(nameof(Strings.FileTooLarge), "50 MB"),
        IntakeProblem.Empty => Strings.FileEmpty,
        IntakeProblem.TypeNotAllowed => Strings.FileTypeNotAllowed,
        IntakeProblem.ContentMismatch => Strings.ContentMismatch,
        _ => Strings.FileUnreachable,
    };
}
