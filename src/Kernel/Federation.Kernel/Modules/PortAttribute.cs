namespace Federation.Kernel.Modules;

/// <summary>
/// Marks a service interface that one module (or the host) answers for everyone: the people
/// directory, the programme catalogue. A module declares that it answers a port with
/// <see cref="ModuleRegistration.Provide{TPort, TImplementation}"/>; the host refuses to start
/// when two running modules provide the same port, so which class answers never depends on the
/// order registrations were made in.
/// </summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class PortAttribute : Attribute
{
    /// <summary>
    /// The answer when no running module provides the port (the scorecard switched off leaves no
    /// programmes): a class with a public parameterless constructor. Null when some module must.
    /// </summary>
    public Type? WhenAbsent { get; init; }
}
