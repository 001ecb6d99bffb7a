using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecycleBin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "inv_projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "inv_outcomes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "inv_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "inv_credit_lines",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "inv_projects");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "inv_outcomes");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "inv_credit_lines");
        }
    }
}
