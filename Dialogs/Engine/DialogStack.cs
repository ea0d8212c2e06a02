using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Engine;

/// <summary>
/// Where a conversation is: a stack of frames, stored in ConversationState as plain JSON so it
/// survives restarts and can be read by any instance.
/// </summary>
public sealed class DialogStack
{
    public List<DialogFrame> Frames { get; set; } = [];
}

/// <summary>One running dialog: which one, which version of its code, where it is, and its own state.</summary>
public sealed class DialogFrame
{
    public string DialogId { get; set; } = string.Empty;

    /// <summary>The dialog's <see cref="Dialog.Version"/> when the frame was pushed; a mismatch means the code changed.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>Position within the dialog (a waterfall's step index).</summary>
    public int Step { get; set; }

    /// <summary>Failed answers so far (prompts).</summary>
    public int Attempts { get; set; }

    /// <summary>The options the dialog was started with, as JSON.</summary>
    public JToken? Options { get; set; }

    /// <summary>The dialog's typed state, as JSON.</summary>
    public JToken? State { get; set; }
}
