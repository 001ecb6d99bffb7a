using Federation.Kernel.Persistence;
using Federation.Scorecard.Facts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Data;

internal sealed class ScorecardDbContext(DbContextOptions<ScorecardDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => ScorecardModule.ModuleName;
    public override string TablePrefix => "sc";

    public DbSet<EventFact> EventFacts => Set<EventFact>();
    public DbSet<ProjectFact> ProjectFacts => Set<ProjectFact>();
    public DbSet<CreditLineFact> CreditLineFacts => Set<CreditLineFact>();
    public DbSet<Programmes.Programme> Programmes => Set<Programmes.Programme>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EventFact>(e =>
        {
            e.ToTable("event_facts");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.StartDate, x.OrganisationId });
        });
        modelBuilder.Entity<ProjectFact>(p =>
        {
            p.ToTable("project_facts");
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Town).HasMaxLength(50);
            p.Property(x => x.Stage).HasMaxLength(20);
            p.HasIndex(x => new { x.SignedOn, x.OrganisationId });
        });
        modelBuilder.Entity<Programmes.Programme>(p =>
        {
            p.ToTable("programmes");
            p.Property(x => x.NameZh).HasMaxLength(200);
            p.Property(x => x.NameEn).HasMaxLength(200);
            p.Property(x => x.WorkLine).HasMaxLength(50);
            p.Property(x => x.OwningDepartment).HasMaxLength(100);
            p.Property(x => x.Targets).HasJsonConversion();
        });
        modelBuilder.Entity<CreditLineFact>(c =>
        {
            c.ToTable("credit_line_facts");
            c.Property(x => x.Id).ValueGeneratedNever();
            c.HasIndex(x => new { x.GrantedOn, x.OrganisationId });
        });
    }
}
