using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiveLedgerIndexesPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inv_projects_RecordedOn_Stage",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.DropIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_RecordedOn_Stage",
                schema: "inv",
                table: "inv_projects",
                columns: new[] { "RecordedOn", "Stage" },
                filter: "\"DeletedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                schema: "inv",
                table: "inv_projects",
                columns: new[] { "Town", "Stage", "StageDate", "AmountFen" },
                filter: "\"DeletedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inv_projects_RecordedOn_Stage",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.DropIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_RecordedOn_Stage",
                schema: "inv",
                table: "inv_projects",
                columns: new[] { "RecordedOn", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                schema: "inv",
                table: "inv_projects",
                columns: new[] { "Town", "Stage", "StageDate", "AmountFen" });
        }
    }
}
