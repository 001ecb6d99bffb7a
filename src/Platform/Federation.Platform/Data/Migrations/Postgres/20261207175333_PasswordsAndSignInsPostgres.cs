using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PasswordsAndSignInsPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                schema: "plt",
                table: "plt_users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "plt_sign_in_locks",
                schema: "plt",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastFailureUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_sign_in_locks", x => new { x.UserName, x.Address });
                });

            migrationBuilder.CreateTable(
                name: "plt_sign_ins",
                schema: "plt",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: false),
                    Device = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_sign_ins", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_in_locks_LastFailureUtc",
                schema: "plt",
                table: "plt_sign_in_locks",
                column: "LastFailureUtc");

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_ins_AtUtc",
                schema: "plt",
                table: "plt_sign_ins",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_ins_OrganisationId_AtUtc",
                schema: "plt",
                table: "plt_sign_ins",
                columns: new[] { "OrganisationId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_plt_sign_ins_UserName_AtUtc",
                schema: "plt",
                table: "plt_sign_ins",
                columns: new[] { "UserName", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plt_sign_in_locks",
                schema: "plt");

            migrationBuilder.DropTable(
                name: "plt_sign_ins",
                schema: "plt");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                schema: "plt",
                table: "plt_users");
        }
    }
}
