using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Enterprises.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecycleBin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ent_enterprises_CreditCode",
                table: "ent_enterprises");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "ent_visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "ent_policy_sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "ent_joint_measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "ent_enterprises",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "ent_concerns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "ent_campaigns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_CreditCode",
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
                table: "ent_enterprises");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "ent_visits");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "ent_policy_sessions");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "ent_joint_measures");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "ent_enterprises");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "ent_concerns");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "ent_campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_CreditCode",
                table: "ent_enterprises",
                column: "CreditCode",
                unique: true);
        }
    }
}
