using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;

namespace DualCreationBot.Dialogs.Application;

/// <summary>获取申报书: the Word 申报书 of an application the person may see, submitted or as a draft preview.</summary>
public sealed class DocumentDialog : WaterfallDialog<DocumentDialog.DocumentState>
{
    private readonly IApplicationService applications;
    private readonly ApplicationReplies replies;

    public DocumentDialog(IApplicationService applications, ApplicationReplies replies)
        : base(nameof(DocumentDialog))
    {
        this.applications = applications;
        this.replies = replies;
        AddStep(ChooseAsync);
        AddStep(SendAsync);
    }

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext<DocumentState> step, CancellationToken cancellationToken)
    {
        var available = (await applications.OverviewAsync(TurnPerson.Get(step.Context), cancellationToken)).Where(o => o.Status is not null).ToList();
        if (available.Count == 0)
        {
            await step.SendAsync(Strings.DocumentNone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (available.Count == 1)
        {
            return await step.NextAsync(new Choice(available[0].ProjectId, available[0].UnitName), cancellationToken);
        }

        var choices = available.Select(o => new Choice(o.ProjectId, o.UnitName, [o.UnitId])).ToList();
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = Strings.DocumentChoose, Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> SendAsync(WaterfallStepContext<DocumentState> step, CancellationToken cancellationToken)
    {
        var project = await applications.GetAsync(TurnPerson.Get(step.Context), ((Choice)step.Result!).Value, cancellationToken);
        if (project is not null)
        {
            var text = project.Status == ProjectStatus.Submitted
                ? Strings.Format(nameof(Strings.DocumentReady), project.UnitName)
                : Strings.DocumentDraft;
            await step.Context.SendActivityAsync(await replies.WithDocumentAsync(step.Context, text, project, cancellationToken), cancellationToken);
        }

        return await step.EndAsync(null, cancellationToken);
    }

    public sealed class DocumentState
    {
    }
}
