using Federation.Kernel.Calendar;
using Federation.Kernel.Modules;

namespace Federation.Platform.Calendar;

/// <summary>A module's calendar entry as the platform shows it: with the module it came from, once the viewer may see it.</summary>
internal sealed record CalendarItem(
    string Key,
    string Module,
    LocalizedText ModuleTitle,
    CalendarEntryKind Kind,
    LocalizedText Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    LocalizedText? Place,
    string Link,
    Guid OrganisationId)
{
    public bool IsOn(DateOnly day) => StartsOn <= day && EndsOn >= day;
}
