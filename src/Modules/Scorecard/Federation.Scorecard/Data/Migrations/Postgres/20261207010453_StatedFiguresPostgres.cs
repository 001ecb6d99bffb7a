using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatedFiguresPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.AddColumn<string>(
                name: "Label",
                schema: "sc",
                table: "sc_kpi_facts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Qualifier",
                schema: "sc",
                table: "sc_kpi_facts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "UpToHundredths",
                schema: "sc",
                table: "sc_kpi_facts",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths", "Qualifier", "UpToHundredths" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "Label",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "Qualifier",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "UpToHundredths",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths" });
        }
    }
}
