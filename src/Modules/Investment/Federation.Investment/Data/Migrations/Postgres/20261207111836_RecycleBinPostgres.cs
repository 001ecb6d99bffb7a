using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecycleBinPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_projects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_outcomes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_credit_lines",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_outcomes");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "inv",
                table: "inv_credit_lines");
        }
    }
}
