using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations
{
    /// <inheritdoc />
    public partial class FactsByKpi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_KpiKey_On",
                table: "sc_kpi_facts",
                columns: new[] { "KpiKey", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_KpiKey_On",
                table: "sc_kpi_facts");
        }
    }
}
