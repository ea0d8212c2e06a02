using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Menu;

/// <summary>
/// One entry of the main menu: the dialog it starts, the names of its label and synonym texts,
/// and who may see it. Only features that exist are registered, so the menu never offers a
/// placeholder. A shortcut feature can also be started by its words from anywhere (继续填写).
/// </summary>
public sealed record MenuFeature(string DialogId, string LabelText, string SynonymsText, int Order)
{
    public Func<Person, bool> IsFor { get; init; } = _ => true;

    public bool Shortcut { get; init; }

    public static bool Secretaries(Person person) => person?.SecretaryOf.Any() == true;

    public static bool Administrators(Person person) => person?.IsAdministrator == true;
}
