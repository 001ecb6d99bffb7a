namespace Federation.Kernel.Web;

/// <summary>
/// Marks a date that says something happened on it (a stage reached, an order confirmed, a letter
/// signed, a visit made), as opposed to a planned or due date. A form posting such a date later
/// than today is shown again with a warning naming the field and a box to tick (<see cref="FutureDates"/>);
/// the API accepts it as it is, because integrators and tests record dates ahead on purpose.
/// On a positional record member write <c>[property: HappenedOn]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HappenedOnAttribute : Attribute;
