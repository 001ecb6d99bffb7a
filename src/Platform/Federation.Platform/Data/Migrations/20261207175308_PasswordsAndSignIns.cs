using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class PasswordsAndSignIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "plt_users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "plt_sign_in_locks",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFailureUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_sign_in_locks", x => new { x.UserName, x.Address });
                });

            migrationBuilder.CreateTable(
                name: "plt_sign_ins",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: false),
                    Device = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_sign_ins", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_in_locks_LastFailureUtc",
                table: "plt_sign_in_locks",
                column: "LastFailureUtc");

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_ins_AtUtc",
                table: "plt_sign_ins",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_ins_OrganisationId_AtUtc",
                table: "plt_sign_ins",
                columns: new[] { "OrganisationId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_ins_UserName_AtUtc",
                table: "plt_sign_ins",
                columns: new[] { "UserName", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plt_sign_in_locks");

            migrationBuilder.DropTable(
                name: "plt_sign_ins");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "plt_users");
        }
    }
}
