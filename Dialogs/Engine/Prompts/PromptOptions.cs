namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks and accepts. Stored in the prompt's frame, so it must stay plain data.</summary>
public sealed class PromptOptions
{
    public string Prompt { get; set; } = string.Empty;

    /// <summary>Asked instead of <see cref="Prompt"/> after a wrong answer; defaults to the prompt.</summary>
    public string? RetryPrompt { get; set; }

    /// <summary>Shown on "帮助"; defaults to the prompt kind's explanation.</summary>
    public string? Help { get; set; }

    public List<Choice> Choices { get; set; } = [];

    /// <summary>Wrong answers allowed before the bot gives up and returns to the menu.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Text prompts: longest answer accepted, in characters as the user sees them.</summary>
    public int MaxLength { get; set; } = 2000;

    /// <summary>Number prompts: smallest value accepted.</summary>
    public decimal? Min { get; set; }

    /// <summary>Number prompts: largest value accepted.</summary>
    public decimal? Max { get; set; }
}

/// <summary>One option of a choice prompt: the value the code gets, the label shown, and other words accepted.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, string label, IEnumerable<string>? synonyms = null)
    {
        Value = value;
        Label = label;
        Synonyms = synonyms?.ToList() ?? [];
    }

    public string Value { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public List<string> Synonyms { get; set; } = [];
}

/// <summary>The outcome of reading an answer: a value, or the reason (a user-facing text) it was not accepted.</summary>
public readonly record struct Recognition<T>(bool Succeeded, T? Value, string? Problem)
{
    public static Recognition<T> Success(T value) => new(true, value, null);

    public static Recognition<T> Failure(string problem) => new(false, default, problem);
}

/// <summary>What a validator sees; it may set <see cref="Problem"/> to say what is wrong.</summary>
public sealed class PromptValidatorContext<T>(Microsoft.Bot.Builder.ITurnContext context, T value, PromptOptions options)
{
    public Microsoft.Bot.Builder.ITurnContext Context { get; } = context;

    public T Value { get; } = value;

    public PromptOptions Options { get; } = options;

    public string? Problem { get; set; }
}

public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
