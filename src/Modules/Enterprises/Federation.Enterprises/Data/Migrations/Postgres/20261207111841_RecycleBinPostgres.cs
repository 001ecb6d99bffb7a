using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Enterprises.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecycleBinPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ent_enterprises_CreditCode",
                schema: "ent",
                table: "ent_enterprises");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_visits",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_policy_sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_joint_measures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_enterprises",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_campaigns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_CreditCode",
                schema: "ent",
                table: "ent_enterprises",
                column: "CreditCode",
                unique: true,
                filter: "\"DeletedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ent_enterprises_CreditCode",
                schema: "ent",
                table: "ent_enterprises");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_visits");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_policy_sessions");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_joint_measures");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_enterprises");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_concerns");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "ent",
                table: "ent_campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_CreditCode",
                schema: "ent",
                table: "ent_enterprises",
                column: "CreditCode",
                unique: true);
        }
    }
}
