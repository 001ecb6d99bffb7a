using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FactAreasPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.AddColumn<string>(
                name: "Area",
                schema: "sc",
                table: "sc_kpi_facts",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "Area", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths", "Qualifier", "UpToHundredths" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "Area",
                schema: "sc",
                table: "sc_kpi_facts");

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                schema: "sc",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths", "Qualifier", "UpToHundredths" });
        }
    }
}
