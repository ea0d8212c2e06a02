using System.Text.Json.Nodes;
using DualCreationBot.Dialogs.Application.Cards;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Roster;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Application;

/// <summary>
/// Walks a secretary through the 申报书 of their unit, driven by the form definition: asks the first
/// unanswered field, saves each answer to the draft at once, stops with an explanation when a
/// condition of notice §二 is not met, reviews the whole form, lets any section be changed, and
/// submits. Each round replaces the dialog with itself, so leaving and coming back ("继续填写")
/// always resumes at the first unanswered field, in any conversation.
/// </summary>
public sealed class ApplicationDialog : WaterfallDialog<ApplicationState>
{
    private const int MaxFailures = 3;
    private readonly IApplicationService applications;
    private readonly IRosterService roster;
    private readonly ApplicationAnswerRecorder recorder;
    private readonly ApplicationReplies replies;

    public ApplicationDialog(IApplicationService applications, IRosterService roster, ApplicationAnswerRecorder recorder, ApplicationReplies replies)
        : base(nameof(ApplicationDialog))
    {
        this.applications = applications;
        this.roster = roster;
        this.recorder = recorder;
        this.replies = replies;
        AddStep(AskAsync);
        AddStep(RecordAsync);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext<ApplicationState> step, CancellationToken cancellationToken)
    {
        var person = TurnPerson.Get(step.Context);
        var options = step.Result as ApplicationOptions ?? new ApplicationOptions();
        var card = step.Result as JObject;
        options.ProjectId ??= card?["project"]?.Value<string>();
        step.State.Options = options;

        if (options.ProjectId is null)
        {
            var units = person.SecretaryOf.ToList();
            if (units.Count != 1)
            {
                return await AskUnitAsync(step, units, cancellationToken);
            }

            options.ProjectId = (await applications.OpenAsync(person, units[0], cancellationToken)).Id;
        }

        var project = await applications.GetAsync(person, options.ProjectId, cancellationToken);
        if (project is null || !person.SecretaryOf.Contains(project.UnitId))
        {
            await step.SendAsync(Strings.NotPermitted, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (project.Status == ProjectStatus.Submitted)
        {
            await step.Context.SendActivityAsync(await replies.OutcomeAsync(step.Context, await applications.SubmitAsync(person, project.Id, cancellationToken), cancellationToken), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var form = ApplicationForms.For(project.Type);
        if (card is not null)
        {
            project = await recorder.SaveCardAsync(step.Context, person, project, form, card, cancellationToken);
        }
        else if (options.ShownSection is null && options.Mode == ApplicationMode.Fill)
        {
            var text = project.Answers.Count == 0 ? nameof(Strings.ApplicationIntro) : nameof(Strings.ApplicationResume);
            await step.SendAsync(Strings.Format(text, project.UnitName, FormTexts.ProjectType(project.Type)), cancellationToken);
        }

        return options.Mode switch
        {
            ApplicationMode.ChooseSection => await AskSectionAsync(step, form, cancellationToken),
            ApplicationMode.ChooseField => await AskFieldToEditAsync(step, form, options.SectionId!, cancellationToken),
            ApplicationMode.EditField => await AskEditAsync(step, project, form.Field(options.FieldId!)!, cancellationToken),
            ApplicationMode.MoreFiles => await AskFieldAsync(step, project, form, form.Field(ApplicationForms.Materials)!, null, 0, cancellationToken),
            _ => await AskNextAsync(step, project, form, cancellationToken),
        };
    }

    private static async Task<DialogTurnResult> AskNextAsync(WaterfallStepContext<ApplicationState> step, Project project, ApplicationForm form, CancellationToken cancellationToken)
    {
        var next = ApplicationProgress.Next(form, project);
        switch (next.Kind)
        {
            case NextKind.Field:
            case NextKind.ItemField:
                return await AskFieldAsync(step, project, form, next.Field!, next.ItemField, next.Index, cancellationToken);
            case NextKind.More:
                step.State.Asked = AskedKind.More;
                step.State.FieldId = next.Field!.Id;
                var more = next.Field.Kind == FieldKind.Attachments
                    ? Strings.Format(nameof(Strings.AskMoreFiles), next.Index)
                    : Strings.Format(nameof(Strings.AskMoreItems), next.Index, FormTexts.Get(next.Field.Id + ".Item"));
                return await step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = more }, cancellationToken);
            case NextKind.HardStop:
                step.State.Asked = AskedKind.HardStop;
                step.State.FieldId = next.Field!.Id;
                await step.SendAsync(Strings.Format(nameof(Strings.HardStop), FormTexts.Get(next.Field.Id + ".Stop")), cancellationToken);
                return await step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = Strings.HardStopChange }, cancellationToken);
            default:
                step.State.Asked = AskedKind.Review;
                await step.SendAsync(Strings.ReviewIntro + "\n" + ApplicationSummary.Of(form, project), cancellationToken);
                return await step.PromptAsync(PromptIds.Choice, ReviewOptions(), cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> AskFieldAsync(WaterfallStepContext<ApplicationState> step, Project project, ApplicationForm form, FormField field, FormField? itemField, int index, CancellationToken cancellationToken)
    {
        var section = form.SectionOf(field.Id);
        if (step.State.Options.ShownSection != section.Id)
        {
            step.State.Options.ShownSection = section.Id;
            await step.SendAsync(Strings.Format(nameof(Strings.SectionHeading), FormTexts.Section(section)), cancellationToken);
            if (ChoiceRendering.SupportsCards(step.Context.Activity.ChannelId))
            {
                var card = MessageFactory.Attachment(SectionCard.Build(form, section, project), Strings.CardIntro);
                await step.Context.SendActivityAsync(card, cancellationToken);
            }
        }

        step.State.Asked = itemField is null ? AskedKind.Field : AskedKind.ItemField;
        step.State.FieldId = field.Id;
        step.State.ItemFieldId = itemField?.Id;
        step.State.Index = index;
        var asked = itemField ?? field;
        var suffix = itemField is null ? null : FieldPrompts.ItemSuffix(field, index);
        return await step.PromptAsync(FieldPrompts.PromptIdFor(asked), FieldPrompts.For(asked, suffix), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskEditAsync(WaterfallStepContext<ApplicationState> step, Project project, FormField field, CancellationToken cancellationToken)
    {
        if (field.Kind is FieldKind.Group or FieldKind.Attachments)
        {
            step.State.Asked = AskedKind.ClearGroup;
            step.State.FieldId = field.Id;
            var count = (project.Answers.GetValueOrDefault(field.Id) as JsonArray)?.Count ?? 0;
            return await step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = Strings.Format(nameof(Strings.EditClearGroup), FormTexts.Label(field), count) }, cancellationToken);
        }

        step.State.Asked = AskedKind.Field;
        step.State.FieldId = field.Id;
        var current = ApplicationSummary.Value(field, project.Answers.GetValueOrDefault(field.Id));
        var options = FieldPrompts.For(field);
        options.Prompt += "\n" + Strings.Format(nameof(Strings.CurrentValue), current);
        return await step.PromptAsync(FieldPrompts.PromptIdFor(field), options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskUnitAsync(WaterfallStepContext<ApplicationState> step, List<string> units, CancellationToken cancellationToken)
    {
        if (units.Count == 0)
        {
            await step.SendAsync(Strings.NotPermitted, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var all = await roster.CurrentAsync(cancellationToken);
        step.State.Asked = AskedKind.Unit;
        return await step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions { Prompt = Strings.ApplicationChooseUnit, Choices = [.. units.Select(u => new Choice(u, all.Unit(u)?.Name ?? u))] },
            cancellationToken);
    }

    private static Task<DialogTurnResult> AskSectionAsync(WaterfallStepContext<ApplicationState> step, ApplicationForm form, CancellationToken cancellationToken)
    {
        step.State.Asked = AskedKind.Section;
        return step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions { Prompt = Strings.EditChooseSection, Choices = [.. form.Sections.Select(s => new Choice(s.Id, FormTexts.Section(s)))] },
            cancellationToken);
    }

    private Task<DialogTurnResult> AskFieldToEditAsync(WaterfallStepContext<ApplicationState> step, ApplicationForm form, string sectionId, CancellationToken cancellationToken)
    {
        var section = form.Sections.First(s => s.Id == sectionId);
        if (section.Fields.Count == 1)
        {
            step.State.Options.Mode = ApplicationMode.EditField;
            step.State.Options.FieldId = section.Fields[0].Id;
            return step.ReplaceAsync(Id, step.State.Options, cancellationToken);
        }

        step.State.Asked = AskedKind.FieldToEdit;
        return step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions
            {
                Prompt = Strings.Format(nameof(Strings.EditChooseField), FormTexts.Section(section)),
                Choices = [.. section.Fields.Select(f => new Choice(f.Id, FieldPrompts.Short(FormTexts.Label(f))))],
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext<ApplicationState> step, CancellationToken cancellationToken)
    {
        var person = TurnPerson.Get(step.Context);
        var state = step.State;
        var options = state.Options;
        try
        {
            switch (state.Asked)
            {
                case AskedKind.Unit:
                    options.ProjectId = (await applications.OpenAsync(person, ((Choice)step.Result!).Value, cancellationToken)).Id;
                    break;
                case AskedKind.Field:
                case AskedKind.ItemField:
                    var problem = await recorder.RecordAsync(step.Context, person, state, step.Result, cancellationToken);
                    if (problem is not null)
                    {
                        return await RetryAsync(step, problem, cancellationToken);
                    }

                    options.Failures = 0;
                    options.Mode = options.Mode == ApplicationMode.EditField ? ApplicationMode.Fill : options.Mode == ApplicationMode.MoreFiles ? ApplicationMode.Fill : options.Mode;
                    break;
                case AskedKind.More:
                    await recorder.MoreAsync(person, options.ProjectId!, state.FieldId!, (bool)step.Result!, cancellationToken);
                    options.Mode = (bool)step.Result! && state.FieldId == ApplicationForms.Materials ? ApplicationMode.MoreFiles : ApplicationMode.Fill;
                    break;
                case AskedKind.HardStop when !(bool)step.Result!:
                    await step.SendAsync(Strings.HardStopEnded, cancellationToken);
                    return await step.EndAsync(null, cancellationToken);
                case AskedKind.HardStop:
                case AskedKind.ClearGroup:
                    await recorder.ClearAsync(person, options.ProjectId!, state.FieldId!, state.Asked == AskedKind.HardStop || (bool)step.Result!, cancellationToken);
                    options.Mode = ApplicationMode.Fill;
                    break;
                case AskedKind.Review:
                    return await ReviewChosenAsync(step, person, ((Choice)step.Result!).Value, cancellationToken);
                case AskedKind.Section:
                    options.Mode = ApplicationMode.ChooseField;
                    options.SectionId = ((Choice)step.Result!).Value;
                    break;
                case AskedKind.FieldToEdit:
                    options.Mode = ApplicationMode.EditField;
                    options.FieldId = ((Choice)step.Result!).Value;
                    break;
            }
        }
        catch (ProjectSubmittedException)
        {
            await step.SendAsync(Strings.ProjectLocked, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        return await step.ReplaceAsync(Id, options, cancellationToken);
    }

    private async Task<DialogTurnResult> RetryAsync(WaterfallStepContext<ApplicationState> step, string problem, CancellationToken cancellationToken)
    {
        var options = step.State.Options;
        if (++options.Failures >= MaxFailures)
        {
            await step.SendAsync(Strings.TooManyAttempts, cancellationToken);
            return await step.Dialogs.CancelAllDialogsAsync();
        }

        await step.SendAsync(problem, cancellationToken);
        return await step.ReplaceAsync(Id, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ReviewChosenAsync(WaterfallStepContext<ApplicationState> step, Person person, string choice, CancellationToken cancellationToken)
    {
        var options = step.State.Options;
        switch (choice)
        {
            case ReviewSubmit:
                await step.Context.SendActivityAsync(await replies.OutcomeAsync(step.Context, await applications.SubmitAsync(person, options.ProjectId!, cancellationToken), cancellationToken), cancellationToken);
                return await step.EndAsync(null, cancellationToken);
            case ReviewEdit:
                options.Mode = ApplicationMode.ChooseSection;
                return await step.ReplaceAsync(Id, options, cancellationToken);
            case ReviewDocument:
                var draft = await applications.GetAsync(person, options.ProjectId!, cancellationToken);
                await step.Context.SendActivityAsync(await replies.WithDocumentAsync(step.Context, Strings.DocumentDraft, draft!, cancellationToken), cancellationToken);
                return await step.ReplaceAsync(Id, options, cancellationToken);
            default:
                var project = await applications.GetAsync(person, options.ProjectId!, cancellationToken);
                var due = (await applications.OverviewAsync(person, cancellationToken)).First(o => o.ProjectId == project!.Id).Due;
                await step.SendAsync(Strings.Format(nameof(Strings.LaterSaved), DueText.When(due)), cancellationToken);
                return await step.EndAsync(null, cancellationToken);
        }
    }

    private const string ReviewSubmit = "submit";
    private const string ReviewEdit = "edit";
    private const string ReviewDocument = "document";
    private const string ReviewLater = "later";

    private static PromptOptions ReviewOptions() => new()
    {
        Prompt = Strings.ReviewAsk,
        Choices =
        [
            new(ReviewSubmit, Strings.ReviewSubmit),
            new(ReviewEdit, Strings.ReviewEdit),
            new(ReviewDocument, Strings.ReviewDocument),
            new(ReviewLater, Strings.ReviewLater),
        ],
    };
}
