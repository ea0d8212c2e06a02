namespace DualCreationBot.Dialogs.Menu;

/// <summary>
/// One entry of the main menu: the dialog it starts and the names of its label and synonym texts.
/// Only features that exist are registered, so the menu never offers a placeholder.
/// </summary>
public sealed record MenuFeature(string DialogId, string LabelText, string SynonymsText, int Order);
