using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Kpis;
using Federation.RightsProtection.Registry;
using Microsoft.EntityFrameworkCore;

namespace Federation.RightsProtection.Data;

/// <summary>The rights protection work line's store: its cases and its copy of the enterprise registry, tables rpc_….</summary>
internal sealed class RightsDbContext(DbContextOptions<RightsDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => RightsProtectionModule.ModuleName;
    public override string TablePrefix => RightsProtectionModule.Prefix;

    // The scorecard's input from this module (Kpis/RightsKpiFacts.cs), and the case event webhooks relay (Cases/RightsCaseChanged.cs).
    protected override IEnumerable<IntegrationEvent> EventsDescribingChanges() =>
        RightsKpiFacts.Sources.Changed(this).Concat<IntegrationEvent>(RightsCaseChanged.Of(ChangeTracker));

    public DbSet<RightsCase> Cases => Set<RightsCase>();
    public DbSet<KnownEnterprise> Enterprises => Set<KnownEnterprise>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RightsCase>(c =>
        {
            c.ToTable("cases");
            c.Property(x => x.ComplainantName).HasMaxLength(100);
            c.Property(x => x.ComplainantKind).HasConversion<string>().HasMaxLength(40);
            c.Property(x => x.Contact).HasMaxLength(200);
            c.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
            c.Property(x => x.Matter).HasMaxLength(2000);
            c.Property(x => x.Town).HasMaxLength(50);
            c.Property(x => x.EnterpriseName).HasMaxLength(200);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.ReferredTo).HasMaxLength(200);
            c.Property(x => x.Outcome).HasMaxLength(1000);
            c.Property(x => x.Notes).HasMaxLength(4000);
            c.HasIndex(x => new { x.ReceivedOn, x.OrganisationId });
            c.HasIndex(x => x.EnterpriseId);
            c.HasIndex(x => x.Status);
        });
        modelBuilder.Entity<KnownEnterprise>(e =>
        {
            e.ToTable("enterprises");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Town).HasMaxLength(50);
            e.HasIndex(x => x.Name);
        });
    }
}
