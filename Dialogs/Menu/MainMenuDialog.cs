using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Menu;

/// <summary>The root dialog: offers the features open to the person, runs the one chosen, then offers them again.</summary>
public sealed class MainMenuDialog : WaterfallDialog<MainMenuDialog.MenuState>
{
    private readonly IReadOnlyList<MenuFeature> features;

    public MainMenuDialog(IEnumerable<MenuFeature> features)
        : base(nameof(MainMenuDialog))
    {
        this.features = [.. features.OrderBy(f => f.Order)];
        AddStep(AskFeatureAsync);
        AddStep(StartFeatureAsync);
        AddStep(LoopAsync);
    }

    private Task<DialogTurnResult> AskFeatureAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Choice, MenuOptions(TurnPerson.Get(step.Context)), cancellationToken);

    private Task<DialogTurnResult> StartFeatureAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken)
    {
        var chosen = (Choice)step.Result!;
        step.State.LastFeature = chosen.Value;
        return step.BeginDialogAsync(chosen.Value, null, cancellationToken);
    }

    private Task<DialogTurnResult> LoopAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken) =>
        step.ReplaceAsync(Id, null, cancellationToken);

    private PromptOptions MenuOptions(Person person) => new()
    {
        Prompt = Strings.MenuPrompt,
        Choices = [.. features.Where(f => f.IsFor(person)).Select(f => new Choice(f.DialogId, Strings.Get(f.LabelText), Strings.Words(f.SynonymsText)))],
    };

    public sealed class MenuState
    {
        public string? LastFeature { get; set; }
    }
}
