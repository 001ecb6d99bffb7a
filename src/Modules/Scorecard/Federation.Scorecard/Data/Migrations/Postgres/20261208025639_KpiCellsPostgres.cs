using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KpiCellsPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sc_kpi_cells",
                schema: "sc",
                columns: table => new
                {
                    KpiKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dimension = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    DistinctKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ValueHundredths = table.Column<long>(type: "bigint", nullable: false),
                    OutOfHundredths = table.Column<long>(type: "bigint", nullable: false),
                    Facts = table.Column<int>(type: "integer", nullable: false),
                    TopHundredths = table.Column<long>(type: "bigint", nullable: false),
                    Exact = table.Column<int>(type: "integer", nullable: false),
                    Ranges = table.Column<int>(type: "integer", nullable: false),
                    AtLeast = table.Column<int>(type: "integer", nullable: false),
                    About = table.Column<int>(type: "integer", nullable: false),
                    StatedHundredths = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_kpi_cells", x => new { x.Month, x.KpiKey, x.Dimension, x.OrganisationId, x.Value, x.ProgrammeId, x.DistinctKey });
                });

            // A database with facts from before the cells gets them counted here, as a rebuild would count them.
            migrationBuilder.Sql(Federation.Scorecard.Facts.CellsFromFacts.Sql("\"sc\".\"sc_kpi_cells\"", "\"sc\".\"sc_kpi_facts\""));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sc_kpi_cells",
                schema: "sc");
        }
    }
}
