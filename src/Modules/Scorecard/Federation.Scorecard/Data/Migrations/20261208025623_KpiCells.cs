using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations
{
    /// <inheritdoc />
    public partial class KpiCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sc_kpi_cells",
                columns: table => new
                {
                    KpiKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistinctKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValueHundredths = table.Column<long>(type: "INTEGER", nullable: false),
                    OutOfHundredths = table.Column<long>(type: "INTEGER", nullable: false),
                    Facts = table.Column<int>(type: "INTEGER", nullable: false),
                    TopHundredths = table.Column<long>(type: "INTEGER", nullable: false),
                    Exact = table.Column<int>(type: "INTEGER", nullable: false),
                    Ranges = table.Column<int>(type: "INTEGER", nullable: false),
                    AtLeast = table.Column<int>(type: "INTEGER", nullable: false),
                    About = table.Column<int>(type: "INTEGER", nullable: false),
                    StatedHundredths = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_kpi_cells", x => new { x.Month, x.KpiKey, x.Dimension, x.OrganisationId, x.Value, x.ProgrammeId, x.DistinctKey });
                });

            // A database with facts from before the cells gets them counted here, as a rebuild would count them.
            migrationBuilder.Sql(Federation.Scorecard.Facts.CellsFromFacts.Sql("\"sc_kpi_cells\"", "\"sc_kpi_facts\""));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sc_kpi_cells");
        }
    }
}
