using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerTownStageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inv_projects_Town",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                schema: "inv",
                table: "inv_projects",
                columns: new[] { "Town", "Stage", "StageDate", "AmountFen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town",
                schema: "inv",
                table: "inv_projects",
                column: "Town");
        }
    }
}
