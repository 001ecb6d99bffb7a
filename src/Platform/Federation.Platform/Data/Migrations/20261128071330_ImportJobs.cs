using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plt_import_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ledger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredFile = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmsJobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IgnoredColumns = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    Written = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_import_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plt_import_rows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Problems = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_import_rows", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plt_import_jobs_ConfirmsJobId",
                table: "plt_import_jobs",
                column: "ConfirmsJobId");

            migrationBuilder.CreateIndex(
                name: "IX_plt_import_jobs_UserId_CreatedAtUtc",
                table: "plt_import_jobs",
                columns: new[] { "UserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_plt_import_rows_JobId_Row",
                table: "plt_import_rows",
                columns: new[] { "JobId", "Row" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plt_import_jobs");

            migrationBuilder.DropTable(
                name: "plt_import_rows");
        }
    }
}
