namespace Federation.Scorecard.Resources;

/// <summary>Marker for the scorecard's texts: ScorecardText.resx (Chinese) and ScorecardText.en.resx.</summary>
internal sealed class ScorecardText;
