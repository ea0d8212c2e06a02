namespace AdaptiveCards;

/// <summary>Type-identity stand-in; see AdaptiveCards.csproj.</summary>
public class AdaptiveCard
{
}
