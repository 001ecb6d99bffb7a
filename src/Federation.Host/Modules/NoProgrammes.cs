using Federation.Kernel.Kpis;

namespace Federation.Host.Modules;

/// <summary>The programme catalogue while the scorecard module, which owns programmes, is switched off: there are none.</summary>
internal sealed class NoProgrammes : IProgrammeCatalogue
{
    public Task<IReadOnlyList<ProgrammeReference>> ForWorkLine(string workLine, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProgrammeReference>>([]);

    public Task<ProgrammeReference?> Find(Guid id, CancellationToken cancellationToken) => Task.FromResult<ProgrammeReference?>(null);
}
