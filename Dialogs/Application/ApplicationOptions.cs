namespace DualCreationBot.Dialogs.Application;

/// <summary>What the application dialog does on its next round.</summary>
public enum ApplicationMode
{
    /// <summary>Ask the first unanswered field (or review when complete).</summary>
    Fill,

    /// <summary>Choose the section to change.</summary>
    ChooseSection,

    /// <summary>Choose the field to change within <see cref="ApplicationOptions.SectionId"/>.</summary>
    ChooseField,

    /// <summary>Ask <see cref="ApplicationOptions.FieldId"/> again although it is answered.</summary>
    EditField,

    /// <summary>Ask for one more supporting file.</summary>
    MoreFiles,
}

/// <summary>
/// Carried from one round of the application dialog to the next (each round replaces the dialog
/// with itself, so the stack stays one frame deep however long the form is).
/// </summary>
public sealed class ApplicationOptions
{
    public string? ProjectId { get; set; }

    public ApplicationMode Mode { get; set; }

    public string? SectionId { get; set; }

    public string? FieldId { get; set; }

    /// <summary>Wrong answers to the current question so far.</summary>
    public int Failures { get; set; }

    /// <summary>The section whose heading (and card) was shown last.</summary>
    public string? ShownSection { get; set; }
}

/// <summary>The dialog's memory between asking and recording: what exactly was asked.</summary>
public sealed class ApplicationState
{
    public ApplicationOptions Options { get; set; } = new();

    public AskedKind Asked { get; set; }

    public string? FieldId { get; set; }

    public int Index { get; set; }

    public string? ItemFieldId { get; set; }

    /// <summary>Unit ids offered when the person is secretary of several units.</summary>
    public List<string> Units { get; set; } = [];
}

public enum AskedKind
{
    Nothing,
    Unit,
    Field,
    ItemField,
    More,
    HardStop,
    Review,
    Section,
    FieldToEdit,
    ClearGroup,
}
