using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoveringFactsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_On_KpiKey",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_On_KpiKey",
                schema: "sc",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey" });
        }
    }
}
