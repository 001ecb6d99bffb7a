using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;

namespace Federation.Scorecard.Contracts;

/// <summary>
/// The whole path one record of a work line's pipeline (a ledger project from 意向 to 投产) has
/// taken so far, replacing what it said before; no steps once the record is removed.
/// <see cref="Version"/> orders the snapshots of one record, so a late or repeated one changes
/// nothing. The scorecard's funnel is counted from these alone, never from the work line's tables.
/// </summary>
/// <param name="WorkLine">The module that owns the record.</param>
/// <param name="Pipeline">The pipeline's name inside the module, e.g. "projects".</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="OrganisationId">The organisation that owns the record.</param>
/// <param name="Version">The record's version the snapshot reflects; a removal carries the last version plus one.</param>
/// <param name="Stages">The pipeline's stages in the module's order, so the scorecard can name and order them.</param>
/// <param name="Steps">The stages the record reached, oldest first; empty when it was removed.</param>
public sealed record PipelineProgressChanged(
    string WorkLine,
    string Pipeline,
    Guid RecordId,
    Guid OrganisationId,
    int Version,
    IReadOnlyList<PipelineStage> Stages,
    IReadOnlyList<PipelineStep> Steps) : IntegrationEvent;

/// <summary>One stage of a pipeline as its module declares it.</summary>
/// <param name="Key">The stage's key as the module's API writes it, e.g. "signed".</param>
/// <param name="Title">The stage's name in Chinese and English.</param>
/// <param name="LeavesPipeline">
/// True for a stage that ends the path without going further (终止): it takes no place in the
/// funnel, but reaching it ends the time spent in the stage before.
/// </param>
public sealed record PipelineStage(string Key, LocalizedText Title, bool LeavesPipeline = false);

/// <summary>A stage a record reached, and the day it did (China calendar date).</summary>
/// <param name="Stage">The <see cref="PipelineStage.Key"/> of the stage.</param>
/// <param name="ReachedOn">The day the record reached it.</param>
public sealed record PipelineStep(string Stage, DateOnly ReachedOn);
