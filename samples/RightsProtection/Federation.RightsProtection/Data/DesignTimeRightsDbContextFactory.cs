using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Federation.RightsProtection.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context from this project alone: outside the
/// solution there is no host to start. SQLite as in the host, with the same history table name.
/// </summary>
internal sealed class DesignTimeRightsDbContextFactory : IDesignTimeDbContextFactory<RightsDbContext>
{
    public RightsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RightsDbContext>()
            .UseSqlite("Data Source=rights-design-time.db",
                sqlite => sqlite.MigrationsHistoryTable($"{RightsProtectionModule.Prefix}_migrations"))
            .Options;
        return new RightsDbContext(options, ModuleContextServices.DesignTime);
    }
}
